/** Deterministic zips (fixed file dates, fixed order): CSV bundles, and PPTX normalisation. */
import JSZip from 'jszip';

/** 2021-01-01 00:00 (the plan's first year): every entry gets this date, so the same files give the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2021, 0, 1, 0, 0, 0));

export async function zipFiles(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}

/**
 * Rewrites an Office file (a zip) with fixed entry dates and fixed document dates: pptxgenjs stamps "now" into
 * docProps/core.xml.
 */
export async function normalizeOfficeZip(
  bytes: ArrayBuffer | Uint8Array,
  isoDate = '2021-01-01T00:00:00Z',
): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name]!;
    if (entry.dir) continue;
    const raw = await entry.async('uint8array');
    let data: string | Uint8Array = raw;
    if (name === 'docProps/core.xml') {
      data = new TextDecoder()
        .decode(raw)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${isoDate}$2`);
    } else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
      data = notesParagraphs(new TextDecoder().decode(raw));
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}

/** pptxgenjs keeps the notes' line breaks inside one <a:t>; PowerPoint wants one paragraph per line. */
function notesParagraphs(xml: string): string {
  return xml.replace(
    /<a:p>(<a:r>(<a:rPr[^>]*\/>)<a:t>)([^<]*)(<\/a:t><\/a:r>)/g,
    (_m, open: string, rPr: string, text: string, close: string) =>
      `<a:p>${open}${text.split('\n').join(`${close}</a:p><a:p><a:r>${rPr}<a:t>`)}${close}`,
  );
}
