import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from '../app/_pages/server';

const headers = readFileSync('deploy/sesame-headers.conf', 'utf8');

describe('deploy example (issue 15)', () => {
  it("the host's CSP header is the pages' CSP plus frame-ancestors 'none'", () => {
    expect(headers).toContain(`add_header Content-Security-Policy "${CSP}; frame-ancestors 'none'" always;`);
    expect(CSP).toContain("form-action 'none'");
    expect(CSP).not.toContain('unsafe-eval');
  });
  it('sends no-referrer and a Permissions-Policy; volunteer and hand-off pages are never stored', () => {
    expect(headers).toMatch(/Referrer-Policy "no-referrer"/);
    expect(headers).toMatch(/Permissions-Policy "camera=\(\), microphone=\(\), geolocation=\(\)/);
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/location ~ \^\/\[a-z\]\{2,3\}\/\(volunteer\|handoff\)\/ \{[^}]*Cache-Control "no-store"/);
  });
});
