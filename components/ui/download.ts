/**
 * Offers `blob` as a file named `fileName`, from the browser: a temporary link clicked once; its
 * object URL is released a minute later (long enough for the download to start everywhere).
 */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
