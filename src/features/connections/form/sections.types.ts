/** What every auth-type section is told by the panel. */
export interface SectionProps {
  /** True when editing a saved connection of this auth type: its secret is stored. */
  secretStored: boolean;
}
