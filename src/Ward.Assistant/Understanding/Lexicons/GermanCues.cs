namespace Ward.Assistant.Understanding.Lexicons;

/// <summary>German cue phrases per intent.</summary>
internal static class GermanCues
{
    public const string Code = "de";

    public const string Data = """
        [opening_hours] offnungszeiten^5 | geoffnet^4 | offen^3 | aufmachen^4 | schliessen^3
        sprechzeiten^5 | sprechstunde^4 | wann haben sie^3 | bis wann^3 | ab wann^3 | wie lange
        [booking] termin^3 | termine^3 | vereinbaren^3 | buchen^4 | einen termin^4 | vorbeikommen^2
        untersuchung^2 | freien termin^4 | zum arzt^2 | arzttermin^4 | neupatient^2
        [rescheduling] verschieben^6 | verlegen^6 | umbuchen^6 | anderen tag^3 | andere uhrzeit^3
        termin andern^6
        [cancelling] absagen^6 | stornieren^6 | abzusagen^6 | kann nicht kommen^5
        schaffe es nicht^5
        [refill_request] rezept^4 | folgerezept^5 | nachbestellen^4 | medikament^2 | tabletten^2
        aufgebraucht^3 | neues rezept^5 | leer^2
        [insurance_accepted] versicherung^4 | krankenkasse^5 | versichert^4 | privat versichert^5
        kasse^3 | aok^5 | tk^4 | barmer^5 | gesetzlich^4 | ubernimmt^3
        [directions] adresse^4 | anschrift^4 | wo sind sie^4 | wo ist die^2 | anfahrt^4 | parken^4
        parkplatz^4 | bus^3 | bahn^2 | rollstuhl^3 | stock^2 | eingang^3 | wegbeschreibung^4
        [intake_form] formular^5 | anamnesebogen^5 | fragebogen^4 | anmeldung^3 | ausfullen^3
        aufnahmebogen^5
        [billing_question] ohne versicherung^6 | rechnung^4 | kosten^4 | kostet^4 | bezahlen^3
        zahlung^3 | preis^4
        gebuhr^4 | selbstzahler^4 | quittung^3 | erstattung^3 | abrechnung^4 | igel^3
        [speak_to_person] sprechen mit^4 | mensch^5 | rezeption^4 | empfang^4 | rufen sie mich an^5
        ruckruf^5 | jemand^2 | mitarbeiter^3
        [question] impfung^4 | grippeimpfung^4 | grippeimpfungen^4 | impfen^4
        [small_talk] danke | danke schon | ok | okay | hallo | guten tag | super | alles klar
        tschuss
        prima | verstanden | vielen dank
        [clinical] ist das normal | ist es normal | normal dass | soll ich .. nehmen
        darf ich .. nehmen
        sollte ich .. nehmen | soll ich .. geben | darf ich .. geben | kann ich .. nehmen
        welche dosis | wie viel soll ich | wie viele tabletten | nebenwirkung | nebenwirkungen
        ist das gefahrlich | ist es sicher | muss ich mir sorgen | ist das schlimm | antibiotikum
        absetzen | ansteckend | was bedeutet mein | mit alkohol | kann ich .. einnehmen
        soll ich .. einnehmen | darf ich .. einnehmen | zum notarzt
        """;
}
