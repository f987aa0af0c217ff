/** Romanian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const ro: OpenDataMessages = {
  footerLink: 'Despre datele deschise',
  apiReference: 'Referința API',
  title: 'Date deschise',
  description: 'Toate înregistrările OpenEPAR ca date deschise: un API JSON descris prin OpenAPI, fluxuri RSS și Atom, webhook-uri semnate și exporturi complete, cu exemple.',
  lede: 'Tot ce se află pe acest site este disponibil și ca date reutilizabile: nu este nevoie de înregistrare pentru a le citi.',
  api: {
    heading: 'API JSON',
    text: 'Fiecare medicament, istoricul său complet și căutarea sunt disponibile în JSON. Referința API enumeră fiecare punct final cu parametrii și răspunsurile sale și le puteți încerca în browser.',
    reference: 'Citiți referința API',
    openApi: 'Descriere OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Fluxuri',
    text: 'Urmăriți modificările în orice cititor de fluxuri: fiecare medicament, fiecare căutare și pagina Noutăți au un flux RSS și unul Atom, la care pagina trimite.',
  },
  webhooks: {
    heading: 'Webhook-uri',
    text: 'Primiți o cerere HTTP semnată de îndată ce un medicament se modifică, pentru un medicament sau pentru o căutare. Abonamentele necesită o cheie API, emisă de operatorul portalului.',
  },
  exports: {
    heading: 'Exporturi',
    text: 'Descărcați întregul catalog urmând linkul „next” al fiecărei pagini din lista de medicamente și mențineți-l actualizat cerând modificările de la ultima descărcare.',
  },
  example: 'Exemplu',
  notFound: {
    searchLabel: 'Căutați un medicament',
    searchButton: 'Căutare',
    suggestions: 'Puteți încerca',
    searchFor: 'Căutarea „{words}”',
    apiReference: 'Referința API, pentru dezvoltatori',
  },
  descriptions: {
    catalogue: 'Toate medicamentele evaluate de Agenția Europeană pentru Medicamente, cu statutul, compania și aria terapeutică.',
    browse: 'Răsfoiți medicamentele evaluate de Agenția Europeană pentru Medicamente după aria terapeutică, companie sau codul ATC.',
    notFound: 'Această pagină nu există. Căutați un medicament sau răsfoiți catalogul.',
  },
};
