/**
 * The API's human-readable reference at `/api/docs`: Swagger UI rendering the OpenAPI description
 * that @fastify/swagger builds from the routes' schemas (the same as `/api/openapi.json`). Its
 * scripts, styles and images are served from the package itself, so it works offline and under
 * the site's strict CSP unchanged: the page loads only files from this origin (no inline script,
 * no CDN) and renders its styles through the CSSOM, which `style-src 'self'` allows.
 */
import type { FastifyInstance } from 'fastify';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { API_DOCS_PATH } from './redirects.ts';

/**
 * Swagger UI's own colours put white text on light greens and blues (contrast down to 2:1);
 * these are the site's colours, at least 4.5:1 against their text (WCAG 2.1 AA).
 */
const THEME_CSS = `
.swagger-ui .opblock .opblock-summary-method { color: #fff; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1d70b8; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #00703c; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #aa2a16; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #7a4100; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #6f4e00; }
.swagger-ui .info .title small, .swagger-ui .info .title small pre { background: #505a5f; color: #fff; }
.swagger-ui .info .title small.version-stamp, .swagger-ui .info .title small.version-stamp pre { background: #00703c; }
.swagger-ui .info a, .swagger-ui .info .url, .swagger-ui .info__tos a { color: #1d70b8; }
.swagger-ui .btn.authorize { color: #00703c; border-color: #00703c; }
.swagger-ui .btn.authorize svg { fill: #00703c; }
`;

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwaggerUi, {
    routePrefix: API_DOCS_PATH,
    // Swagger UI's default asks validator.swagger.io about the description: a request to another
    // origin that the CSP refuses and a reader offline cannot make.
    validatorUrl: false,
    uiConfig: {
      // Without the top bar (a logo without text alternative and an unlabelled URL box) the page
      // shows this API's description only.
      layout: 'BaseLayout',
      // Deep links put a link inside each operation's toggle button: nested controls that
      // keyboard and screen-reader users cannot reach reliably.
      deepLinking: false,
      docExpansion: 'list',
      defaultModelsExpandDepth: 0,
    },
    theme: { title: 'OpenEPAR API reference', css: [{ filename: 'openepar.css', content: THEME_CSS }] },
  });
}
