/**
 * A heading's id-safe form.
 * @example slugify("Specialist Children's Services") // "specialist-childrens-services"
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
