/** Spanish interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const es: MedicineDataMessages = {
  notStated: 'no consta',
  presentations: {
    heading: 'Presentaciones autorizadas',
    caption: 'Todas las presentaciones autorizadas',
    columns: { euNumber: 'Número UE', inventedName: 'Nombre de fantasía', strength: 'Dosis', pharmaceuticalForm: 'Forma farmacéutica', routeOfAdministration: 'Vía de administración', immediatePackaging: 'Acondicionamiento primario', content: 'Contenido (concentración)', packSize: 'Tamaño del envase' },
  },
  procedures: {
    heading: 'Procedimientos posteriores a la autorización',
    caption: 'Procedimientos posteriores a la autorización, del más reciente al más antiguo',
    columns: { number: 'Número de procedimiento', type: 'Tipo', scope: 'Alcance', opinionDate: 'Dictamen o notificación', commissionDecisionDate: 'Decisión de la Comisión', productInformationAffected: 'Información del producto afectada', summary: 'Resumen' },
    otherNumbers: 'Otros números',
    types: { 'variation-ia': 'Modificación de tipo IA', 'variation-ib': 'Modificación de tipo IB', 'variation-ii': 'Modificación de tipo II', extension: 'Extensión', renewal: 'Renovación', 'annual-reassessment': 'Reevaluación anual', psur: 'Informe periódico de seguridad (IPS)', transfer: 'Transferencia', referral: 'Procedimiento de arbitraje', 'post-authorisation-measure': 'Medida posautorización', other: 'Otro' },
  },
};
