namespace Ward.Triage.Lexicons;

/// <summary>Tagalog/Filipino phrases, including common Taglish.</summary>
internal static class Tagalog
{
    public const string Code = "tl";

    public const string Data = """
        [ChestPain]
        sakit ng dibdib | masakit ang dibdib | masakit yung dibdib
        masakit ang dibdib | sakit sa dibdib | naninikip ang dibdib | paninikip ng dibdib
        inatake sa puso | atake sa puso
        [Breathing]
        hindi ako makahinga | hindi .. makahinga | di .. makahinga
        hindi makahinga | di makahinga | hirap huminga | nahihirapang huminga | hinihingal
        nangingitim ang labi | nabulunan
        [Bleeding]
        malakas ang dugo | maraming dugo | ayaw tumigil ang dugo | hindi tumitigil ang pagdurugo
        sumusuka ng dugo
        [SuicideSelfHarm]
        magpakamatay | papatayin ko sarili ko | gusto ko nang mamatay | ayoko nang mabuhay
        tapusin na lang lahat | tapusin ko na lahat | wakasan ang buhay | laslas | naglaslas
        ininom lahat ng gamot | tatalon
        [Stroke]
        hindi makapagsalita | hindi makapag salita
        na stroke | istrok | stroke | hindi maigalaw | bulol magsalita | ngiwi ang bibig
        nanghihina ang isang bahagi
        [Anaphylaxis]
        namamaga ang lalamunan | namamaga ang dila | hindi makalunok
        [Fever]
        lagnat | nilalagnat | mainit
        [AgeDay]
        araw
        [AgeWeek]
        linggo
        [AgeMonth]
        buwan
        [HeadHit]
        tumama ulo | tumama ang ulo | tumama yung ulo | nabagok ang ulo | nahulog .. ulo
        nauntog | tumama ang ulo | nabagok
        [Unconscious]
        nawalan ng malay | nahimatay | walang malay
        [Unresponsive]
        hindi sumasagot | hindi magising
        [AbdominalPain]
        masakit ang tiyan | sakit ng tiyan
        [Severe]
        sobrang sakit | grabe | hindi matiis
        [ShockSign]
        namumutla | malamig na pawis | pinagpapawisan
        [Swelling]
        namaga | namamaga
        [Hives]
        pantal
        [AllergyTrigger]
        mani | hipon | bubuyog | putakti | allergy | penicillin
        [BleedWord]
        dugo | dumudugo
        [Heavy]
        marami | malakas | ayaw tumigil
        [Sudden]
        biglang | bigla
        [NeuroSign]
        hindi maigalaw | bulol
        [Pregnant]
        buntis
        [Negation]
        hindi | wala | walang
        [Clinical]
        normal ba | pwede ba uminom | gamot | singaw | lagnat | ubo | sakit
        [Routine]
        appointment | magdala | waiting area | bayad | resibo | address | pumunta | mag isa
        [Stopword]
        ang | ng | sa | na | ko | po | ba | mga | yung | ako | ay | si | niya | lang | pwede
        [Presence]
        nasa | andito sa
        [Poisoning]
        nalason | nalalason | na lason | pagkalason sa carbon monoxide
        [Seizure]
        nangingisay | kinukumbulsyon | kombulsyon | nagkukumbulsyon | inaatake ng epilepsy
        sinusumpong ng epilepsy | nag seizure | nagseseizure | nag-seizure
        [Ingested]
        nakainom | nainom | uminom ng | nalunok | nakalunok | nakakain | kumain ng
        [Toxin]
        zonrox | clorox | bleach | lason | lason sa daga | pamatay daga | pestisidyo | baterya
        magnet | gasolina | gaas | thinner | acetone | muriatic | sabong panlaba
        [Medicine]
        gamot | tableta | mga gamot
        [Child]
        anak ko | bata | baby ko | apo ko | anak namin
        [Idiom]
        food poisoning
        """;
}
