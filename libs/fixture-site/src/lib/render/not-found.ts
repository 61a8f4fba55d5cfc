import { esc } from './text';

export function renderNotFound(siteName: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Page not found – ${esc(siteName)}</title><meta name="robots" content="noindex"></head>
<body class="error404">
<h1>Oops! That page can’t be found.</h1>
<p>It looks like nothing was found at this location.</p>
</body>
</html>
`;
}
