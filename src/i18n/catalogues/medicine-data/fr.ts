/** French interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const fr: MedicineDataMessages = {
  notStated: 'non précisé',
  presentations: {
    heading: 'Présentations autorisées',
    caption: 'Toutes les présentations autorisées',
    columns: { euNumber: 'Numéro UE', inventedName: 'Nom de fantaisie', strength: 'Dosage', pharmaceuticalForm: 'Forme pharmaceutique', routeOfAdministration: "Voie d'administration", immediatePackaging: 'Conditionnement primaire', content: 'Contenu (concentration)', packSize: 'Taille du conditionnement' },
  },
  procedures: {
    heading: "Procédures postérieures à l'autorisation",
    caption: "Procédures postérieures à l'autorisation, des plus récentes aux plus anciennes",
    columns: { number: 'Numéro de procédure', type: 'Type', scope: 'Portée', opinionDate: 'Avis ou notification', commissionDecisionDate: 'Décision de la Commission', productInformationAffected: 'Informations sur le produit modifiées', summary: 'Résumé' },
    otherNumbers: 'Autres numéros',
    types: { 'variation-ia': 'Modification de type IA', 'variation-ib': 'Modification de type IB', 'variation-ii': 'Modification de type II', extension: 'Extension', renewal: 'Renouvellement', 'annual-reassessment': 'Réévaluation annuelle', psur: 'Rapport périodique actualisé de sécurité (PSUR)', transfer: 'Transfert', referral: 'Saisine', 'post-authorisation-measure': "Mesure postérieure à l'autorisation", other: 'Autre' },
  },
};
