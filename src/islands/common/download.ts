/**
 * Saves text as a file through the browser's download: a Blob and a temporary `<a download>`.
 * Nothing leaves the device. The object URL is released once the click has been handled.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click handler returns; revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
