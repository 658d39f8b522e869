using System.Collections.Frozen;

namespace Ward.Portal;

/// <summary>
/// The question that asks a patient whether the practice may answer them in the portal, and the
/// two answers, per language. The exact question shown is what the ledger records (GDPR Art.
/// 7(1)). Languages without a text of their own are asked in English.
/// </summary>
internal static class PortalConsentText
{
    // {0} is the practice's name.
    private static readonly FrozenDictionary<string, (string Question, string Yes, string No)>
        Texts =
        new Dictionary<string, (string, string, string)>
        {
            ["en"] = ("May {0} answer your messages here, in this secure chat? "
                + "You can change your answer at any time.", "Yes", "No"),
            ["es"] = ("¿Puede {0} responder a sus mensajes aquí, en este chat seguro? "
                + "Puede cambiar su respuesta en cualquier momento.", "Sí", "No"),
            ["bg"] = ("Може ли {0} да отговаря на съобщенията Ви тук, в този защитен чат? "
                + "Можете да промените отговора си по всяко време.", "Да", "Не"),
            ["de"] = ("Darf {0} Ihre Nachrichten hier in diesem sicheren Chat beantworten? "
                + "Sie können Ihre Antwort jederzeit ändern.", "Ja", "Nein"),
            ["fr"] = ("{0} peut-il répondre à vos messages ici, dans ce chat sécurisé ? "
                + "Vous pouvez changer votre réponse à tout moment.", "Oui", "Non"),
            ["it"] = ("{0} può rispondere ai suoi messaggi qui, in questa chat protetta? "
                + "Può cambiare la sua risposta in qualsiasi momento.", "Sì", "No"),
            ["pt"] = ("{0} pode responder às suas mensagens aqui, neste chat seguro? "
                + "Pode alterar a sua resposta a qualquer momento.", "Sim", "Não"),
            ["ro"] = ("Poate {0} să vă răspundă la mesaje aici, în acest chat securizat? "
                + "Vă puteți schimba răspunsul oricând.", "Da", "Nu"),
            ["pl"] = ("Czy {0} może odpowiadać na Twoje wiadomości tutaj, w tym bezpiecznym "
                + "czacie? Odpowiedź możesz zmienić w każdej chwili.", "Tak", "Nie"),
            ["nl"] = ("Mag {0} uw berichten hier, in deze beveiligde chat, beantwoorden? "
                + "U kunt uw antwoord altijd wijzigen.", "Ja", "Nee"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The question, the two answers and the language they are in (a language of its
    /// own, else English).</summary>
    public static (string Question, string Yes, string No, string Language) For(
        string language, string practiceName)
    {
        var code = (language ?? "en").Split('-')[0];
        if (!Texts.TryGetValue(code, out var text))
        {
            code = "en";
            text = Texts["en"];
        }

        return (string.Format(System.Globalization.CultureInfo.InvariantCulture, text.Question,
            practiceName), text.Yes, text.No, code);
    }
}
