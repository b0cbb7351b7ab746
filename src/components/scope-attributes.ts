/**
 * A page or component with a `<style>` of its own passes its scope attribute (`data-astro-cid-*`)
 * to each component it renders. These are the attributes for that component to set on its own
 * elements, so that the caller's scoped rules reach them as they reach the caller's markup:
 * bare, with no value, as Astro writes them there (a value of `true` would print `="true"`).
 */
export function scopeAttributes(props: object): Record<string, string> {
  return Object.fromEntries(
    Object.keys(props)
      .filter((k) => k.startsWith('data-astro-cid-'))
      .map((k) => [k, '']),
  );
}
