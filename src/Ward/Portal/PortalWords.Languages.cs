namespace Ward.Portal;

/// <summary>The portal's words in English, Spanish and Bulgarian.</summary>
internal sealed partial record PortalWords
{
    public static PortalWords English { get; } = new("en")
    {
        SecureMessages = "Secure messages", ConfirmHeading = "Confirm it is you",
        ConfirmIntro = "We will text a code to the mobile number the practice has on file for you.",
        PhoneLabel = "Your mobile number", SendCode = "Text me a code",
        CodeHeading = "Enter your code",
        CodeIntro = "If this number is on file with the practice, a 6-digit code is on its way. "
            + "It expires in 10 minutes.",
        CodeLabel = "Code from the text message", BirthLabel = "Your date of birth",
        Continue = "Continue", OtherNumber = "Use another number", SecureMessage = "Secure message",
        MessageLabel = "Your message",
        EmergencyHint = "In an emergency, call your local emergency number.", Send = "Send",
        SignOut = "Sign out",
        NoReplies = "You chose not to get replies here. An emergency is always answered.",
        Back = "Back to your messages", RetryHeading = "Please try again",
        FormExpired = "This form had expired or could not be read. Nothing was saved.",
        NotSentHeading = "Not sent",
        NotStored = "Your message could not be stored; please try again. In an emergency, call "
            + "your local emergency number now.",
        ReloadForm = "This form had expired. Reload the page.",
        SignedOut = "You are signed out. Reload the page.",
        TriesLeft = "{0} tries left", OneTryLeft = "1 try left",
        Problems = new Dictionary<PortalProblem, string>
        {
            [PortalProblem.BadNumber] =
                "Enter your mobile number, with the country code if it is not local.",
            [PortalProblem.TooManyCodes] =
                "Too many codes were asked for. Please wait a few minutes and try again.",
            [PortalProblem.BadCode] = "Enter the 6-digit code from the text message.",
            [PortalProblem.BadDateOfBirth] = "Enter your date of birth as YYYY-MM-DD.",
            [PortalProblem.CodeExpired] = "This code has expired. Ask for a new one.",
            [PortalProblem.TooManyTries] = "Too many tries. Ask for a new code.",
            [PortalProblem.WrongCode] = "That code is not right",
            [PortalProblem.WrongDateOfBirth] = "The date of birth does not match our records",
            [PortalProblem.NoDateOfBirth] =
                "We cannot confirm your identity online. Please contact the practice.",
            [PortalProblem.EmptyMessage] = "Type a message first.",
            [PortalProblem.LongMessage] =
                "The message is too long; keep it under {0} characters.",
        },
    };

    public static PortalWords Spanish { get; } = new("es")
    {
        SecureMessages = "Mensajes seguros", ConfirmHeading = "Confirme que es usted",
        ConfirmIntro = "Enviaremos un código por SMS al móvil que la consulta tiene registrado.",
        PhoneLabel = "Su número de móvil", SendCode = "Enviarme un código",
        CodeHeading = "Introduzca su código",
        CodeIntro = "Si este número está registrado en la consulta, le llegará un código de 6 "
            + "cifras. Caduca en 10 minutos.",
        CodeLabel = "Código del SMS", BirthLabel = "Su fecha de nacimiento",
        Continue = "Continuar", OtherNumber = "Usar otro número", SecureMessage = "Mensaje seguro",
        MessageLabel = "Su mensaje",
        EmergencyHint = "En una emergencia, llame al número de emergencias local.",
        Send = "Enviar", SignOut = "Cerrar sesión",
        NoReplies = "Eligió no recibir respuestas aquí. Una emergencia siempre se atiende.",
        Back = "Volver a sus mensajes", RetryHeading = "Inténtelo de nuevo",
        FormExpired = "El formulario caducó o no se pudo leer. No se guardó nada.",
        NotSentHeading = "No enviado",
        NotStored = "No se pudo guardar su mensaje; inténtelo de nuevo. En una emergencia, llame "
            + "ahora al número de emergencias local.",
        ReloadForm = "El formulario caducó. Recargue la página.",
        SignedOut = "Su sesión se cerró. Recargue la página.",
        TriesLeft = "quedan {0} intentos", OneTryLeft = "queda 1 intento",
        Problems = new Dictionary<PortalProblem, string>
        {
            [PortalProblem.BadNumber] =
                "Introduzca su número de móvil, con el prefijo del país si no es local.",
            [PortalProblem.TooManyCodes] =
                "Se pidieron demasiados códigos. Espere unos minutos e inténtelo de nuevo.",
            [PortalProblem.BadCode] = "Introduzca el código de 6 cifras del SMS.",
            [PortalProblem.BadDateOfBirth] = "Introduzca su fecha de nacimiento como AAAA-MM-DD.",
            [PortalProblem.CodeExpired] = "Este código ha caducado. Pida uno nuevo.",
            [PortalProblem.TooManyTries] = "Demasiados intentos. Pida un código nuevo.",
            [PortalProblem.WrongCode] = "El código no es correcto",
            [PortalProblem.WrongDateOfBirth] =
                "La fecha de nacimiento no coincide con nuestros registros",
            [PortalProblem.NoDateOfBirth] =
                "No podemos confirmar su identidad en línea. Contacte con la consulta.",
            [PortalProblem.EmptyMessage] = "Escriba primero un mensaje.",
            [PortalProblem.LongMessage] =
                "El mensaje es demasiado largo; no pase de {0} caracteres.",
        },
    };

    public static PortalWords Bulgarian { get; } = new("bg")
    {
        SecureMessages = "Защитени съобщения", ConfirmHeading = "Потвърдете, че сте Вие",
        ConfirmIntro = "Ще изпратим код с SMS на мобилния номер, записан при практиката.",
        PhoneLabel = "Вашият мобилен номер", SendCode = "Изпратете ми код",
        CodeHeading = "Въведете кода",
        CodeIntro = "Ако този номер е записан при практиката, ще получите 6-цифрен код. "
            + "Той е валиден 10 минути.",
        CodeLabel = "Кодът от SMS-а", BirthLabel = "Вашата дата на раждане",
        Continue = "Продължете", OtherNumber = "Друг номер", SecureMessage = "Защитено съобщение",
        MessageLabel = "Вашето съобщение",
        EmergencyHint = "При спешен случай се обадете на местния спешен номер.",
        Send = "Изпратете", SignOut = "Изход",
        NoReplies = "Избрахте да не получавате отговори тук. На спешен случай винаги се отговаря.",
        Back = "Обратно към съобщенията", RetryHeading = "Опитайте отново",
        FormExpired = "Формулярът е изтекъл или не може да бъде прочетен. Нищо не е записано.",
        NotSentHeading = "Не е изпратено",
        NotStored = "Съобщението Ви не можа да бъде записано; опитайте отново. При спешен случай "
            + "се обадете веднага на местния спешен номер.",
        ReloadForm = "Формулярът е изтекъл. Презаредете страницата.",
        SignedOut = "Излязохте от профила. Презаредете страницата.",
        TriesLeft = "остават {0} опита", OneTryLeft = "остава 1 опит",
        Problems = new Dictionary<PortalProblem, string>
        {
            [PortalProblem.BadNumber] =
                "Въведете мобилния си номер, с код на държавата, ако не е местен.",
            [PortalProblem.TooManyCodes] =
                "Поискани са твърде много кодове. Изчакайте няколко минути и опитайте отново.",
            [PortalProblem.BadCode] = "Въведете 6-цифрения код от SMS-а.",
            [PortalProblem.BadDateOfBirth] = "Въведете датата на раждане като ГГГГ-ММ-ДД.",
            [PortalProblem.CodeExpired] = "Кодът е изтекъл. Поискайте нов.",
            [PortalProblem.TooManyTries] = "Твърде много опити. Поискайте нов код.",
            [PortalProblem.WrongCode] = "Кодът не е верен",
            [PortalProblem.WrongDateOfBirth] = "Датата на раждане не съвпада с нашите записи",
            [PortalProblem.NoDateOfBirth] =
                "Не можем да потвърдим самоличността Ви онлайн. Свържете се с практиката.",
            [PortalProblem.EmptyMessage] = "Първо напишете съобщение.",
            [PortalProblem.LongMessage] =
                "Съобщението е твърде дълго; не повече от {0} знака.",
        },
    };
}
