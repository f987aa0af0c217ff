/** Lithuanian open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const lt: OpenDataMessages = {
  footerLink: 'Apie atviruosius duomenis',
  apiReference: 'API žinynas',
  title: 'Atvirieji duomenys',
  description: 'Visi OpenEPAR įrašai kaip atvirieji duomenys: OpenAPI aprašyta JSON API, RSS ir Atom sklaidos kanalai, pasirašyti žiniatinklio kabliukai ir išsamūs eksportai su pavyzdžiais.',
  lede: 'Viskas šioje svetainėje pateikiama ir kaip pakartotinai naudojami duomenys: jiems skaityti registracija nereikalinga.',
  api: {
    heading: 'JSON API',
    text: 'Kiekvienas vaistas, visa jo istorija ir paieška pateikiami JSON formatu. API žinyne išvardyti visi galiniai taškai su parametrais ir atsakymais, juos galite išbandyti naršyklėje.',
    reference: 'Skaityti API žinyną',
    openApi: 'OpenAPI aprašas (JSON)',
  },
  feeds: {
    heading: 'Sklaidos kanalai',
    text: 'Stebėkite pakeitimus bet kurioje sklaidos kanalų skaityklėje: kiekvienas vaistas, kiekviena paieška ir puslapis „Kas naujo“ turi RSS ir Atom kanalą, į kurį nurodo puslapis.',
  },
  webhooks: {
    heading: 'Žiniatinklio kabliukai',
    text: 'Gaukite pasirašytą HTTP užklausą vos pasikeitus vaistui – vienam vaistui arba paieškai. Prenumeratoms reikia API rakto, kurį išduoda portalo operatorius.',
  },
  exports: {
    heading: 'Eksportai',
    text: 'Atsisiųskite visą katalogą sekdami kiekvieno vaistų sąrašo puslapio nuorodą „next“ ir atnaujinkite jį užklausdami pakeitimų nuo paskutinio atsisiuntimo.',
  },
  example: 'Pavyzdys',
  notFound: {
    searchLabel: 'Ieškoti vaisto',
    searchButton: 'Ieškoti',
    suggestions: 'Galite pabandyti',
    searchFor: 'Ieškoti „{words}“',
    apiReference: 'API žinynas kūrėjams',
  },
  descriptions: {
    catalogue: 'Visi Europos vaistų agentūros įvertinti vaistai su jų statusu, įmone ir terapine sritimi.',
    browse: 'Naršykite Europos vaistų agentūros įvertintus vaistus pagal terapinę sritį, įmonę ar ATC kodą.',
    notFound: 'Šio puslapio nėra. Ieškokite vaisto arba naršykite kataloge.',
  },
};
