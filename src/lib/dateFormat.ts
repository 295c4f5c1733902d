/**
 * An Intl.DateTimeFormat built on its first use, not when its module loads: the first one a page
 * builds costs about 30 ms (the locale's data), which at module scope lands inside the evaluation
 * of a route chunk during the first load, whether or not any date is shown.
 */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  let format: Intl.DateTimeFormat | undefined;
  return {
    format(date: Date): string {
      format ??= new Intl.DateTimeFormat(locale, options);
      return format.format(date);
    },
  };
}
