using System.Collections.Frozen;
using System.Globalization;

namespace Ward.Compliance.Disclosure;

/// <summary>
/// The text that replaces a message holding health information on a channel not cleared for
/// PHI. It names the practice and the link and nothing of the message (45 CFR 164.502(b)).
/// </summary>
public static class PortalLinkText
{
    // {0} is the practice's name, {1} the link. The link ends the text so that no punctuation
    // sticks to it when a phone turns it into a link.
    private static readonly FrozenDictionary<string, string> Templates =
        new Dictionary<string, string>
        {
            ["en"] = "You have a new secure message from {0}. "
                + "Read it here after confirming your identity: {1}",
            ["es"] = "Tiene un nuevo mensaje seguro de {0}. "
                + "Léalo aquí después de confirmar su identidad: {1}",
            ["bg"] = "Имате ново защитено съобщение от {0}. "
                + "Прочетете го тук, след като потвърдите самоличността си: {1}",
            ["de"] = "Sie haben eine neue sichere Nachricht von {0}. "
                + "Lesen Sie sie hier, nachdem Sie Ihre Identität bestätigt haben: {1}",
            ["fr"] = "Vous avez un nouveau message sécurisé de {0}. "
                + "Lisez-le ici après avoir confirmé votre identité : {1}",
            ["it"] = "Ha un nuovo messaggio protetto da {0}. "
                + "Lo legga qui dopo aver confermato la sua identità: {1}",
            ["pt"] = "Tem uma nova mensagem segura de {0}. "
                + "Leia-a aqui depois de confirmar a sua identidade: {1}",
            ["ro"] = "Aveți un mesaj securizat nou de la {0}. "
                + "Citiți-l aici după ce vă confirmați identitatea: {1}",
            ["pl"] = "Masz nową bezpieczną wiadomość od {0}. "
                + "Przeczytaj ją tutaj po potwierdzeniu tożsamości: {1}",
            ["nl"] = "U hebt een nieuw beveiligd bericht van {0}. "
                + "Lees het hier nadat u uw identiteit hebt bevestigd: {1}",
            ["el"] = "Έχετε ένα νέο ασφαλές μήνυμα από {0}. "
                + "Διαβάστε το εδώ αφού επιβεβαιώσετε την ταυτότητά σας: {1}",
            ["ru"] = "У вас новое защищённое сообщение от {0}. "
                + "Прочитайте его здесь, подтвердив свою личность: {1}",
            ["uk"] = "У вас нове захищене повідомлення від {0}. "
                + "Прочитайте його тут, підтвердивши свою особу: {1}",
            ["tr"] = "{0} size yeni bir güvenli mesaj gönderdi. "
                + "Kimliğinizi doğruladıktan sonra buradan okuyun: {1}",
            ["ar"] = "لديك رسالة آمنة جديدة من {0}. اقرأها هنا بعد تأكيد هويتك: {1}",
            ["hi"] = "आपके लिए {0} से एक नया सुरक्षित संदेश है। "
                + "अपनी पहचान की पुष्टि करने के बाद इसे यहाँ पढ़ें: {1}",
            ["zh"] = "您收到一条来自 {0} 的新安全消息。确认身份后请在此阅读：{1}",
            ["vi"] = "Bạn có một tin nhắn bảo mật mới từ {0}. "
                + "Vui lòng đọc tại đây sau khi xác nhận danh tính: {1}",
            ["tl"] = "May bago kang secure na mensahe mula sa {0}. "
                + "Basahin ito dito pagkatapos kumpirmahin ang iyong pagkakakilanlan: {1}",
            ["cs"] = "Máte novou zabezpečenou zprávu od {0}. "
                + "Přečtěte si ji zde po ověření své totožnosti: {1}",
            ["hu"] = "Új biztonságos üzenete érkezett a következőtől: {0}. "
                + "Személyazonossága megerősítése után itt olvashatja el: {1}",
            ["sv"] = "Du har ett nytt säkert meddelande från {0}. "
                + "Läs det här när du har bekräftat din identitet: {1}",
            ["sr"] = "Imate novu bezbednu poruku od {0}. "
                + "Pročitajte je ovde nakon potvrde identiteta: {1}",
            ["hr"] = "Imate novu sigurnu poruku od {0}. "
                + "Pročitajte je ovdje nakon potvrde identiteta: {1}",
            ["fa"] = "یک پیام امن جدید از {0} دارید. "
                + "پس از تأیید هویت خود، آن را اینجا بخوانید: {1}",
            ["ur"] = "آپ کے لیے {0} کی طرف سے ایک نیا محفوظ پیغام ہے۔ "
                + "اپنی شناخت کی تصدیق کے بعد اسے یہاں پڑھیں: {1}",
            ["bn"] = "{0} থেকে আপনার একটি নতুন সুরক্ষিত বার্তা এসেছে। "
                + "পরিচয় নিশ্চিত করার পর এখানে পড়ুন: {1}",
            ["ja"] = "{0}から新しいセキュアメッセージが届いています。"
                + "本人確認の後、こちらからお読みください：{1}",
            ["ko"] = "{0}에서 새 보안 메시지가 도착했습니다. 본인 확인 후 여기에서 읽어 주세요: {1}",
            ["ht"] = "Ou gen yon nouvo mesaj sekirize nan men {0}. "
                + "Li l isit la apre ou fin konfime idantite w: {1}",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The languages with a text of their own, as ISO 639-1 codes.</summary>
    public static IReadOnlyCollection<string> Languages => Templates.Keys;

    /// <summary>
    /// The portal-link text in <paramref name="language"/> (an ISO 639-1 code or a tag such as
    /// "pt-BR"); English when the language has no text of its own.
    /// </summary>
    public static string For(string language, string practiceName, string link)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(practiceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(link);

        var primary = language.Split('-', '_')[0].Trim();
        var template = Templates.GetValueOrDefault(primary) ?? Templates["en"];
        return string.Format(CultureInfo.InvariantCulture, template, practiceName, link);
    }
}
