namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Romanian cue phrases per intent.</summary>
internal static class RomanianCues
{
    public const string Code = "ro";

    public const string Data = """
        [opening_hours] program^5 | programul^5 | deschideti^4 | deschis^3 | inchideti^4 | inchis^3
        la ce ora^3 | pana la ce ora^4 | orar^4
        [booking] programare^4 | programez^4 | programa^3 | consultatie^3 | sa vin^2 | la doctor^2
        loc liber^3 | disponibil^2 | control^2 | o programare^5
        [rescheduling] reprogramez^7 | reprogramare^7 | mut programarea^6 | mutam^6 | alta zi^3
        alta ora^3
        schimb programarea^6
        [cancelling] anulez^7 | anulare^6 | anula^6 | nu pot veni^5 | nu mai pot ajunge^5
        [refill_request] reteta^4 | retete^4 | prescriptie^4 | reinnoire^4 | medicamente^2
        mi s-au terminat^4
        s-au terminat^3 | pastile^2 | compensata^3
        [insurance_accepted] asigurare^4 | asigurat^3 | casa de asigurari^5 | cnas^5
        card de sanatate^4
        decontat^3 | acoperit^3 | abonament^3
        [directions] adresa^4 | unde sunteti^4 | unde va aflati^4 | cum ajung^4 | parcare^4
        parchez^4
        autobuz^3 | metrou^2 | scaun cu rotile^3 | etaj^2 | intrare^3
        [intake_form] formular^5 | formularul^5 | chestionar^4 | fisa^3 | inregistrare^3
        completez^3
        [billing_question] fara asigurare^6 | factura^4 | plata^3 | platesc^3 | cat costa^4
        pret^4 | pretul^4 | tarif^4
        taxa^4 | chitanta^3 | rambursare^3 | cu cardul^2
        [speak_to_person] vorbesc cu^4 | o persoana^4 | cineva^3 | receptie^4 | receptionera^4
        sunati-ma^5 | sa ma sunati^5 | operator^4 | om^2
        [question] vaccin^4 | vaccinul^4 | antigripal^4
        [small_talk] multumesc | mersi | ok | buna | buna ziua | perfect | super | la revedere
        am inteles
        bine
        [clinical] e normal | este normal | trebuie sa iau | pot sa iau | pot lua | ce doza
        cate mg
        cate pastile | efecte secundare | efect secundar | e grav | este grav | e periculos
        sa ma ingrijorez | antibiotic | pot sa opresc | trebuie sa opresc | contagios | ce inseamna
        cu alcool | pot sa-i dau | sa-i dau
        """;
}
