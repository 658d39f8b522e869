namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>Italian cue phrases per intent.</summary>
internal static class ItalianCues
{
    public const string Code = "it";

    public const string Data = """
        [opening_hours] orari^5 | orario^5 | aperti^4 | aprite^4 | apre^3 | chiudete^4 | chiude^3
        a che ora^3 | fino a che ora^4 | siete aperti^5
        [booking] appuntamento^3 | prenotare^4 | prenotazione^4 | fissare^3 | visita^2
        vedere il dottore^3
        vedere il medico^3 | disponibilita^3 | controllo^2
        [rescheduling] spostare^6 | rimandare^6 | cambiare l'appuntamento^6
        cambiare appuntamento^6
        altro giorno^3 | altro orario^3 | anticipare^6
        [cancelling] annullare^6 | disdire^6 | disdetta^5 | non posso venire^5
        non riesco a venire^5
        [refill_request] ricetta^4 | ricette^4 | rinnovo^4 | rinnovare^4 | farmaco^2 | farmaci^2
        finito le pastiglie^4 | finite le compresse^4 | ripetere la ricetta^5
        [insurance_accepted] assicurazione^4 | assicurazioni^4 | convenzionati^5 | convenzione^5
        ssn^4
        mutua^4 | copertura^4 | copre^3 | tessera sanitaria^4
        [directions] indirizzo^4 | dove siete^4 | dove si trova^4 | come arrivo^4 | come arrivare^4
        parcheggio^4 | parcheggiare^4 | autobus^3 | metro^2 | sedia a rotelle^3 | piano^2
        ingresso^3
        [intake_form] modulo^5 | moduli^5 | questionario^4 | anamnesi^4 | compilare^3
        registrazione^3
        scheda^3
        [billing_question] senza assicurazione^6 | fattura^4 | pagamento^3 | pagare^3
        quanto costa^4 | prezzo^4 | tariffa^4
        ticket^4 | costo^4 | ricevuta^3 | rimborso^3 | saldo^2
        [speak_to_person] parlare con^4 | una persona^4 | qualcuno^3 | segreteria^4 | reception^4
        richiamatemi^5 | chiamarmi^5 | operatore^4 | umano^5
        [question] vaccino^4 | antinfluenzale^4 | vaccinazione^4
        [small_talk] grazie | va bene | ok | ciao | buongiorno | buonasera | perfetto | ottimo
        arrivederci
        grazie mille | capito
        [clinical] e normale | e' normale | devo prendere | posso prendere | quale dose | che dose
        quanti mg | quante compresse | effetti collaterali | effetto collaterale | e grave
        e' grave
        e pericoloso | devo preoccuparmi | antibiotico | posso smettere | devo smettere | contagioso
        cosa significa | con l'alcol | posso dare | devo dare | posologia
        """;
}
