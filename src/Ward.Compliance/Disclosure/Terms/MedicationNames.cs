namespace Ward.Compliance.Disclosure.Terms;

/// <summary>
/// Medication names in Latin script. Generic names are written as stems with <c>*</c> so the
/// English, Spanish, German and French spellings all meet ("amoxicil*": amoxicillin,
/// amoxicilina, amoxicilline); common brand names follow.
/// </summary>
internal static class MedicationNames
{
    public const string Data = """
        [Medication]
        metformin* | lisinopril* | atorvastatin* | amoxicil* | amoxycil* | ibuprofen* | sertralin*
        insulin* | levothyrox* | levotirox* | amlodipin* | simvastatin* | rosuvastatin* | omeprazol*
        pantoprazol* | esomeprazol* | losartan* | valsartan* | hydrochlorothiazid*
        hidroclorotiazid* | furosemid* | spironolacton* | espironolacton* | metoprolol*
        bisoprolol* | atenolol* | carvedilol* | propranolol* | warfarin* | apixaban* | rivaroxaban*
        clopidogrel* | aspirin* | paracetamol* | acetaminophen* | naproxen* | diclofenac*
        tramadol* | codein* | oxycodon* | morphin* | morfin* | hydrocodon* | gabapentin*
        pregabalin* | fluoxetin* | citalopram* | escitalopram* | paroxetin* | venlafaxin*
        duloxetin* | bupropion* | trazodon* | mirtazapin* | amitriptylin* | amitriptilin*
        alprazolam* | lorazepam* | diazepam* | clonazepam* | zolpidem* | quetiapin* | risperidon*
        olanzapin* | aripiprazol* | lithium | litio | lamotrigin* | levetiracetam* | valpro*
        carbamazepin* | topiramat* | methylphenidat* | metilfenidat* | amphetamin* | anfetamin*
        prednison* | prednisolon* | dexamethason* | dexametason* | hydrocortison* | hidrocortison*
        salbutamol* | albuterol* | budesonid* | fluticason* | montelukast* | cetirizin* | loratadin*
        azithromycin* | azitromicin* | doxycyclin* | doxiciclin* | ciprofloxacin* | levofloxacin*
        cefalexin* | cephalexin* | clarithromycin* | claritromicin* | penicil* | penizillin*
        nitrofurantoin* | metronidazol* | trimethoprim* | sulfamethoxazol* | fluconazol*
        aciclovir* | acyclovir* | valaciclovir* | valacyclovir* | oseltamivir* | tamoxifen*
        letrozol* | methotrexat* | metotrexat* | semaglutid* | liraglutid* | tirzepatid*
        empagliflozin* | dapagliflozin* | sitagliptin* | glipizid* | gliclazid* | glimepirid*
        tamsulosin* | finasterid* | sildenafil* | tadalafil* | allopurinol* | alopurinol*
        colchicin* | estradiol* | progesteron* | levonorgestrel* | testosteron* | ondansetron*
        metoclopramid* | loperamid* | famotidin* | ranitidin* | buprenorphin* | naloxon* | methadon*
        metadon* | enoxaparin* | heparin* | nitroglycerin* | digoxin* | ramipril* | enalapril*
        candesartan* | nifedipin* | diltiazem* | verapamil* | metamizol* | novalgin* | antibiotik*
        antibiotiq* | antibiotic* | ozempic | wegovy | mounjaro | xanax | prozac | zoloft | lipitor
        eliquis | xarelto | ventolin | nurofen | tylenol | advil | augmentin | viagra | cialis
        synthroid | lantus | humira | suboxone | narcan | adderall | ritalin | valium | ambien
        plavix | coumadin | lasix | glucophage | zithromax | tamiflu | diflucan | epipen* | vitamin*
        folic acid
        """;
}
