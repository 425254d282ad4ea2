/** Where to report a problem: the project's issue tracker, from package.json ("bugs" or "repository"). Never a personal e-mail. */
import pkg from '../package.json';

type Pkg = { bugs?: string | { url?: string }; repository?: string | { url?: string } };
const p = pkg as Pkg;
const bugs = typeof p.bugs === 'string' ? p.bugs : p.bugs?.url;
const repo = (typeof p.repository === 'string' ? p.repository : p.repository?.url)?.replace(/^git\+/, '').replace(/\.git$/, '');

/** The issue tracker's address, or '' when package.json names none (the page then says where to find it). */
export const ISSUES_URL: string = bugs ?? (repo && /^https:\/\/(github|gitlab)\.com\//.test(repo) ? `${repo}/issues` : '');
