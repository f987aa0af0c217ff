/** Italian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const it: OpenDataMessages = {
  footerLink: 'Informazioni sui dati aperti',
  apiReference: 'Riferimento dell’API',
  title: 'Dati aperti',
  description: 'Tutte le schede di OpenEPAR come dati aperti: un’API JSON descritta con OpenAPI, feed RSS e Atom, webhook firmati ed esportazioni complete, con esempi.',
  lede: 'Tutto ciò che si trova su questo sito è disponibile anche come dati riutilizzabili: non serve alcuna registrazione per leggerli.',
  api: {
    heading: 'API JSON',
    text: 'Ogni medicinale, la sua cronologia completa e la ricerca sono disponibili in JSON. Il riferimento dell’API elenca ogni endpoint con parametri e risposte, e può provarli nel browser.',
    reference: 'Leggi il riferimento dell’API',
    openApi: 'Descrizione OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Feed',
    text: 'Segua le modifiche in qualsiasi lettore di feed: ogni medicinale, ogni ricerca e la pagina delle novità hanno un feed RSS e uno Atom, collegati dalla pagina.',
  },
  webhooks: {
    heading: 'Webhook',
    text: 'Riceva una richiesta HTTP firmata non appena un medicinale cambia, per un medicinale o per una ricerca. Gli abbonamenti richiedono una chiave API rilasciata dal gestore di questo portale.',
  },
  exports: {
    heading: 'Esportazioni',
    text: 'Scarichi l’intero catalogo seguendo il link «next» di ogni pagina dell’elenco dei medicinali e lo mantenga aggiornato interrogando le modifiche dall’ultimo scaricamento.',
  },
  example: 'Esempio',
  notFound: {
    searchLabel: 'Cerca un medicinale',
    searchButton: 'Cerca',
    suggestions: 'Può provare',
    searchFor: 'Cercare «{words}»',
    apiReference: 'Il riferimento dell’API, per sviluppatori',
  },
  descriptions: {
    catalogue: 'Tutti i medicinali valutati dall’Agenzia europea per i medicinali, con stato, azienda e area terapeutica.',
    browse: 'Sfoglia i medicinali valutati dall’Agenzia europea per i medicinali per area terapeutica, azienda o codice ATC.',
    notFound: 'Questa pagina non esiste. Cerchi un medicinale o sfogli il catalogo.',
  },
};
