namespace Ward.Triage.Replies;

/// <summary>Polish safety texts.</summary>
internal static class PolishReplies
{
    public static ReplyTable Table { get; } = new(
        Language: "pl",
        CallNow: "Zadzwoń teraz pod numer {0}.",
        CallEither: "Zadzwoń teraz pod 911, jeśli jesteś w USA, lub pod 112, jeśli w Europie.",
        Crisis: "Możesz też zadzwonić lub napisać pod 988 (telefon kryzysowy) o każdej porze.",
        PoisonControl: "Zadzwoń też do ośrodka toksykologicznego: {0}.",
        Alerted: "Dyżurny lekarz został powiadomiony.",
        AskWhere: "Czy jesteś w USA, czy w Europie?",
        Holding: "Dziękujemy. Lekarz odpowie na wiadomość. Jeśli się pogorszy lub to nagły "
            + "wypadek, zadzwoń pod {0}.",
        Either: "911 (USA) lub 112 (Europa)",
        Acknowledgement: "Dziękujemy, otrzymaliśmy wiadomość i wkrótce odpowiemy.",
        Steps:
        [
            "Przerwij wszelki wysiłek i usiądź. Otwórz drzwi wejściowe.",
            "Usiądź prosto. Jeśli ktoś nie oddycha, zacznij masaż serca.",
            "Mocno uciśnij ranę czystym materiałem i nie puszczaj.",
            "Zostań z tą osobą i usuń leki, broń i inne niebezpieczne przedmioty.",
            "Ubierz dziecko lekko. Nie podawaj leków bez zalecenia.",
            "Zapamiętaj godzinę początku. Nie podawaj jedzenia ani picia.",
            "Użyj autostrzykawki z adrenaliną, jeśli jest. Połóż się z uniesionymi nogami.",
            "Nie pozwól tej osobie się ruszać i nie zostawiaj jej samej.",
            "Nie jedz i nie pij. Leż spokojnie do przyjazdu pomocy.",
            "Nie wywołuj wymiotów. Zachowaj opakowanie.",
            "Nie przytrzymuj tej osoby i nie wkładaj niczego do ust. Ułóż ją na boku i zmierz "
                + "czas.",
        ]);
}
