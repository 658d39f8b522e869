namespace Ward.Compliance.Disclosure.Terms;

/// <summary>Spanish health terms, written with their accents (folded when read).</summary>
internal static class SpanishTerms
{
    public const string Data = """
        [Condition]
        diabetes | diabético* | prediabetes | hipertensión | presión alta | tensión alta
        presión arterial | asma | asmático* | depresión | deprimid* | ansiedad | ataque de pánico
        ataques de pánico | cáncer | tumor* | leucemia | linfoma | melanoma | vih | sida | hepatitis
        embaraz* | covid* | coronavirus | gripe | influenza | migraña* | artritis | artrosis | epoc
        bronquitis | neumonía | pulmonía | infección | infecciones | infectad* | ets | clamidia
        gonorrea | sífilis | herpes | vph | epilepsia | convulsi* | derrame cerebral | ictus
        infarto | ataque al corazón | insuficiencia cardíaca | insuficiencia cardiaca | arritmia
        fibrilación auricular | obesidad | tdah | autismo | bipolar | esquizofrenia | demencia
        alzhéimer | alzheimer* | párkinson | parkinson* | esclerosis múltiple | psoriasis | eccema
        alergia* | alérgic* | tiroides | hipotiroidismo | hipertiroidismo | osteoporosis
        enfermedad renal | insuficiencia renal | anemia | tuberculosis | sinusitis | gota | úlcera*
        crohn | colitis | celiaquía | celíaco | hemorroides | aborto espontáneo | infertilidad
        endometriosis | menopausia | disfunción eréctil | trastorno alimentario | anorexia | bulimia
        adicción | adicciones | alcoholismo | sobredosis | suicid* | autolesi* | insomnio
        apnea del sueño | sarampión | paperas | varicela | herpes zóster | fiebre | tos | dolor
        dolores | síntoma* | diagnóstic* | diagnosticad* | enfermedad* | enfermo | enferma
        trastorno* | síndrome | fractura* | esguince | lesión | quiste | bulto | náuseas | vómito*
        diarrea | estreñimiento | mareo* | cefalea | dolor de cabeza | sangrado | coágulo
        salud mental
        [Medication]
        receta* | recetad* | prescripción | prescrito | prescrita | dosis | tableta* | pastilla*
        comprimido* | cápsula* | medicamento* | medicina* | medicación | mg | inhalador*
        antibiótico* | antidepresivo* | analgésico* | anticonceptivo* | gotas para los ojos | pomada
        [Result]
        resultado* | análisis | analítica | laboratorio | prueba de sangre | examen de sangre
        muestra de orina | biopsia* | positivo | positiva | negativo | negativa | colesterol
        glucosa | azúcar en sangre | glucemia | radiografía* | rayos x | resonancia* | escáner | tac
        tomografía | ecografía | electrocardiograma | hemoglobina | plaquetas | hemograma | orina
        prueba de embarazo | prueba covid | pcr
        [AppointmentReason]
        cita para su | consulta sobre | su visita sobre | seguimiento de | seguimiento por
        control de su | vacuna* | vacunación | inmunización | cribado | detección temprana
        mamografía | colonoscopia | citología | papanicolaou | prenatal* | posparto
        control del embarazo | terapia
        [Procedure]
        cirugía* | quirúrgic* | cirujan* | operación | su operación | la operación | operado
        operada | operados | operadas | intervención quirúrgica | procedimiento | endoscopia
        gastroscopia | puntos de sutura | extracción | endodoncia | cesárea | aborto | vasectomía
        trasplante | catéter | anestesia | fiv | stent | cataratas | inyección* | infusión
        diálisis | quimio* | radioterapia | fisioterapia | psicoterapia | rehabilitación
        su tratamiento | tratamiento médico | tratamiento para | tratamiento contra | en tratamiento
        """;
}
