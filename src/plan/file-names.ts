// The names of the files of a product folder: plan files are `.yaml`, in lower case. A file whose name ends in
// another spelling of it (`.yml`, `.YAML`, `.Yaml`, `.YML`…) is one the loader would not read: it is named, never
// skipped silently (the error would otherwise be about the plan it seems to lack).

/** A name ending in `.yaml` or `.yml`, in any case: a file of a product folder that the loader reads or refuses. */
export const YAML_LIKE = /\.ya?ml$/i;

/**
 * The name `file` should have when it ends in another spelling of `.yaml` (`1.1-1.2.yml`, `0-1.0.YAML`): the same
 * name ending in `.yaml`; undefined for a `.yaml` file or any other file.
 */
export function yamlNameFor(file: string): string | undefined {
  const m = /\.ya?ml$/i.exec(file);
  if (!m || m[0] === '.yaml') return undefined;
  return `${file.slice(0, m.index)}.yaml`;
}

/** Is `file` the product file under any spelling of `.yaml` (`product.yaml`, `product.yml`, `product.YAML`…)? */
export const isProductFileName = (file: string): boolean => /^product\.ya?ml$/i.test(file);
