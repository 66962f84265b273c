/** Saves bytes as a file through the browser: its own module, so the panels that save files do not load the exporters. */
export function download(output: { bytes: Uint8Array; filename: string; mime: string }): void {
  const url = URL.createObjectURL(new Blob([output.bytes as BlobPart], { type: output.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = output.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
