// Every snippet module's source, in one file that the browser fetches once and caches, so a
// page with many playgrounds does not carry the same modules in each one's props.
import type { APIRoute } from 'astro';
import { snippetSourcesByName } from '../course/seeds.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(snippetSourcesByName()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
