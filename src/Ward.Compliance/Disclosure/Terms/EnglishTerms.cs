namespace Ward.Compliance.Disclosure.Terms;

/// <summary>English health terms. When in doubt a word is listed: a false alarm costs a
/// portal link, a miss discloses PHI.</summary>
internal static class EnglishTerms
{
    public const string Data = """
        [Condition]
        diabetes | diabetic* | prediabetes | hypertension | high blood pressure | blood pressure
        asthma* | depression | depressed | anxiety | panic attack* | cancer* | tumor* | tumour*
        leukemia | leukaemia | lymphoma | melanoma | hiv | aids | hepatitis | pregnan* | covid*
        coronavirus | flu | influenza | migraine* | arthritis | osteoarthritis | copd | emphysema
        bronchitis | pneumonia | infection* | infected | sti | stis | std | stds | chlamydia
        gonorrhea | gonorrhoea | syphilis | herpes | hpv | uti | utis | epilepsy | seizure* | stroke
        heart attack | heart disease | heart failure | angina | arrhythmia | atrial fibrillation
        afib | obesity | obese | adhd | autism | autistic | bipolar | schizophrenia | dementia
        alzheimer* | parkinson* | multiple sclerosis | psoriasis | eczema | allergy | allergies
        allergic | thyroid | hypothyroidism | hyperthyroidism | osteoporosis | kidney disease
        renal failure | anemia | anaemia | tubercul* | strep | sinusitis | gout | ulcer* | ibs
        crohn* | colitis | celiac | coeliac | hemorrhoid* | haemorrhoid* | miscarriage | infertility
        infertile | endometriosis | pcos | menopause | erectile dysfunction | eating disorder
        anorexia | bulimia | addiction | addicted | alcoholism | substance use | overdose | suicid*
        self harm | ptsd | ocd | insomnia | sleep apnea | sleep apnoea | measles | mumps
        chickenpox | shingles | rash | fever | cough | sore throat | pain | painful | symptom*
        diagnos* | illness | disease* | disorder* | syndrome | sick | sickness | concussion
        fracture* | sprain* | injury | injuries | cyst | lump | mole | wart* | acne | nausea
        vomiting | diarrhea | diarrhoea | constipation | dizziness | dizzy | headache* | bleeding
        blood clot | mental health | in labor | labor and delivery
        [Medication]
        prescription* | prescribed | prescribe | refill | refills | refilled | rx | dose | doses
        dosage | tablet | tablets | pill | pills | capsule* | medication* | medicine* | meds | mg
        mcg | inhaler* | antibiotic* | antidepressant* | painkiller* | birth control
        contraceptive* | vaccine dose | eye drops | ointment | injection pen
        [Result]
        result | results | test result* | lab | labs | laboratory | lab work | blood test*
        bloodwork | blood work | urine test | urine sample | stool sample | biopsy | biopsies
        positive | negative | hba1c | a1c | cholesterol | glucose | blood sugar | x ray | x rays
        xray* | mri | scan | scans | ct scan | pet scan | ultrasound | ecg | ekg | pathology | swab
        platelet* | hemoglobin | haemoglobin | psa | tsh | creatinine | blood count | cbc
        test came back | bp | pregnancy test | covid test | pcr
        [AppointmentReason]
        appointment for your | appointment about | follow up for | follow up on your | followup for
        your visit about | visit for your | consultation about | vaccination* | vaccine* | vaccinat*
        immuniz* | immunis* | flu shot | booster | screening* | mammogram* | mammography
        colonoscopy | pap smear | pap test | prenatal | antenatal | postnatal | postpartum
        physical exam | counseling | counselling | therapy session
        [Procedure]
        surgery | surgeries | surgical | surgeon | your operation | the operation | your procedure
        the procedure | medical procedure | endoscopy | gastroscopy | stitches | sutures
        tooth extraction | root canal | c section | cesarean | caesarean | abortion | vasectomy
        tonsillectomy | appendectomy | hysterectomy | mastectomy | transplant* | catheter*
        anesthesia | anaesthesia | anesthetic | anaesthetic | ivf | angioplasty | bypass | stent
        knee replacement | hip replacement | cataract* | injection* | infusion* | dialysis | chemo*
        radiotherapy | radiation therapy | physiotherapy | physical therapy | therapy
        psychotherapy | rehab | rehabilitation | treatment* | amputation
        """;
}
