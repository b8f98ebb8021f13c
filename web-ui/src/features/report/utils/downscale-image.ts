/** Photos from phone cameras are 3–12 MB; 1600 px on the long side is plenty to show a pothole. */
export const MAX_SIDE = 1600;
const QUALITY = 0.8;
const SHRINKABLE = ['image/jpeg', 'image/png', 'image/webp'];

/** The size that fits within `max` on both sides, keeping the aspect ratio (never enlarges). */
export function fitWithin(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * A smaller JPEG of a large photo, made in the browser so a weak connection uploads hundreds of
 * kilobytes instead of megabytes. PDFs, small images, and browsers that cannot decode the image
 * get the original file back.
 */
export async function downscaleImage(file: File, max = MAX_SIDE): Promise<File> {
  if (!SHRINKABLE.includes(file.type) || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const size = fitWithin(bitmap.width, bitmap.height, max);
    if (size.width === bitmap.width && size.height === bitmap.height && file.size < 1_000_000) {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.[^.]+$/, '') + '.jpg', { type: 'image/jpeg' });
  } catch {
    return file;
  }
}
