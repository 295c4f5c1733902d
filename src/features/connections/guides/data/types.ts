import type { AuthType } from '../../schema';

/** The form fields a guide step can produce, by the names the panel's form uses. */
export type GuideFieldName =
  | 'name'
  | 'storeHash'
  | 'oauthClientId'
  | 'scopes'
  | 'redirectUrl'
  | 'username'
  | 'password'
  | 'accessToken'
  | 'clientId'
  | 'clientSecret';

/** What a step may show of the form's current state. Secrets are deliberately absent. */
export interface StepContext {
  authType?: AuthType;
  redirectUrl: string;
  scopes: readonly string[];
  storeHash?: string;
}

/** Plain text with **bold** for BigCommerce's own UI names, or a function of the live values. */
export type StepText = string | ((context: StepContext) => string);

export type GuideLinkTarget = 'developerPortal' | 'storeApiAccounts' | 'storeControlPanel';

/** Live parts rendered under a step's text (outside its checkbox label). */
export type StepExtra =
  | { kind: 'link'; to: GuideLinkTarget }
  | { kind: 'redirectUrl' }
  | { kind: 'scopes' }
  | { kind: 'importControl' }
  | { kind: 'note'; text: StepText };

export interface Step {
  id: string;
  text: StepText;
  /** The form fields whose value this step gives; focus on one of them makes this step current. */
  produces: readonly GuideFieldName[];
  extras?: readonly StepExtra[];
}

export type GuideId = 'oauth2' | 'apiAccount' | 'chooseAuthType';

export interface Guide {
  id: GuideId;
  /** 'steps' are ordered and can be ticked; 'choices' is a plain list to choose from. */
  kind: 'steps' | 'choices';
  title: string;
  intro: StepText;
  steps: readonly Step[];
  /** The same steps on BigCommerce's older screens. */
  olderSteps: readonly string[];
  olderNote?: string;
}

export function textOf(text: StepText, context: StepContext): string {
  return typeof text === 'function' ? text(context) : text;
}
