/** Builds valid `Medicine` records for tests, with only the fields a test cares about given. */
import { must, parseAtcCode, parseEmaReference, parseProductNumber } from '../../src/domain/identifiers.ts';
import { emptyDates, emptyFlags, type Medicine } from '../../src/domain/medicine.ts';

export function buildMedicine(overrides: Partial<Medicine> = {}): Medicine {
  return {
    productNumber: must(parseProductNumber('EMEA/H/C/005522')),
    name: 'Lumykras',
    slug: 'lumykras',
    previousNames: [],
    category: 'human',
    status: 'authorised',
    inn: 'sotorasib',
    activeSubstance: 'sotorasib',
    therapeuticAreas: ['Carcinoma, Non-Small-Cell Lung'],
    atcCodes: [must(parseAtcCode('L01XX73'))],
    pharmacotherapeuticGroup: 'Antineoplastic agents',
    therapeuticIndication: 'Lumykras as monotherapy is indicated for the treatment of adults with advanced NSCLC with KRAS G12C mutation.',
    flags: { ...emptyFlags(), additionalMonitoring: true, conditionalApproval: true, exceptionalCircumstances: false, acceleratedAssessment: false, orphan: false, generic: false, biosimilar: false, advancedTherapy: false, prime: false },
    marketingAuthorisationHolder: { name: 'Amgen Europe B.V.', address: 'Minervum 7061' },
    applicant: null,
    developer: null,
    opinionStatus: null,
    atcNotYetAssigned: false,
    malformedAtcCodes: [],
    species: [],
    patientSafety: null,
    patientSafetyNews: [],
    topics: [],
    withdrawalInformation: null,
    dates: { ...emptyDates(), opinionAdopted: '2021-11-11', marketingAuthorisationIssued: '2022-01-06', pageLastUpdated: '2024-12-03' },
    revision: 6,
    latestProcedure: { number: 'II/0010/G', date: '2024-10-21' },
    overview: {
      en: {
        sections: [
          { heading: null, body: 'Lumykras is a cancer medicine used to treat adults with non-small cell lung cancer.' },
          { heading: 'How is Lumykras used?', body: 'The recommended dose is 960 mg once per day.\n\n- 480 mg\n- 240 mg' },
        ],
      },
    },
    documents: [
      {
        type: 'product-information',
        title: 'Lumykras : EPAR - Product Information',
        section: 'product-information',
        group: null,
        referenceNumber: null,
        referenceText: null,
        documentStatus: null,
        languages: [
          { lang: 'en', sizeBytes: 335908, firstPublished: '2022-03-31', lastUpdated: '2024-12-03', url: 'https://www.ema.europa.eu/en/documents/product-information/lumykras-epar-product-information_en.pdf' },
          { lang: 'sv', sizeBytes: 429455, firstPublished: '2022-03-31', lastUpdated: '2024-12-03', url: 'https://www.ema.europa.eu/sv/documents/product-information/lumykras-epar-product-information_sv.pdf' },
        ],
      },
      {
        type: 'assessment-report',
        title: 'Lumykras : EPAR - Public Assessment Report',
        section: 'assessment-history',
        group: 'Initial marketing authorisation documents',
        referenceNumber: must(parseEmaReference('EMA/706135/2021')),
        referenceText: 'EMA/706135/2021',
        documentStatus: 'Adopted',
        languages: [{ lang: 'en', sizeBytes: 5578424, firstPublished: '2022-03-31', lastUpdated: null, url: 'https://www.ema.europa.eu/en/documents/assessment-report/lumykras-epar-public-assessment-report_en.pdf' }],
      },
    ],
    news: [{ title: 'Meeting highlights from the CHMP 8-11 November 2021', url: 'https://www.ema.europa.eu/en/news/meeting-highlights-chmp-8-11-november-2021', date: '2021-11-12' }],
    related: [{ kind: 'paediatric-investigation-plan', title: 'EMEA-002690-PIP02-22 - paediatric investigation plan', url: 'https://www.ema.europa.eu/en/medicines/human/paediatric-investigation-plans/emea-002690-pip02-22' }],
    emaNodeId: 67508,
    emaUrl: 'https://www.ema.europa.eu/en/medicines/human/EPAR/lumykras',
    presentations: [],
    procedures: [],
    files: [],
    ...overrides,
  };
}
