namespace Ward.Portal;

/// <summary>The portal's page and identity-check endpoints.</summary>
internal static class PortalHandlers
{
    /// <summary>The chat (with the linked message, when a secure link names one) for a verified
    /// patient; the identity check for anyone else.</summary>
    public static async Task<IResult> ShowAsync(HttpContext http, string practiceId,
        string? messageId, PortalServices services)
    {
        var portal = services.For(http, practiceId);
        var then = messageId is null ? null : PortalRequest.Then(messageId);
        if (portal is null || (messageId is not null && then is null))
        {
            return PortalResults.NotFound();
        }

        var patient = await services.PatientAsync(portal);
        if (patient is null)
        {
            return PortalResults.Html(http, PortalPages.AskPhone(portal.Page(), then, null));
        }

        var view = await services.Thread.ViewAsync(portal.Practice, patient, then,
            http.RequestAborted);
        return PortalResults.Html(http, PortalPages.Chat(portal.Page(), view,
            Guid.CreateVersion7().ToString(), null, null));
    }

    public static async Task<IResult> RequestCodeAsync(HttpContext http, string practiceId,
        PortalServices services)
    {
        var portal = services.For(http, practiceId);
        if (portal is null)
        {
            return PortalResults.NotFound();
        }

        var form = await portal.FormAsync(services.Logger);
        if (form is null)
        {
            return PortalResults.Refused(portal);
        }

        var then = PortalRequest.Then(form["then"]);
        var outcome = await services.Identity.RequestCodeAsync(portal.Practice, form["phone"],
            portal.Source, http.RequestAborted);
        if (outcome.ChallengeId is null)
        {
            var limited = outcome.Error?.Problem == PortalProblem.TooManyCodes;
            var status = limited ? StatusCodes.Status429TooManyRequests
                : StatusCodes.Status400BadRequest;
            return PortalResults.Html(http,
                PortalPages.AskPhone(portal.Page(), then, outcome.Error), status);
        }

        PortalCookies.Set(http, PortalCookies.Challenge, outcome.ChallengeId,
            PortalRules.CodeLifetime, portal.Root, portal.Secure);
        return PortalResults.Html(http, PortalPages.AskCode(portal.Page(), then, null));
    }

    public static async Task<IResult> VerifyAsync(HttpContext http, string practiceId,
        PortalServices services)
    {
        var portal = services.For(http, practiceId);
        if (portal is null)
        {
            return PortalResults.NotFound();
        }

        var form = await portal.FormAsync(services.Logger);
        if (form is null)
        {
            return PortalResults.Refused(portal);
        }

        var then = PortalRequest.Then(form["then"]);
        var outcome = await services.Verifier.VerifyAsync(portal.Practice,
            PortalCookies.Read(http, PortalCookies.Challenge), form["code"], form["dob"],
            http.RequestAborted);
        if (outcome.Token is null)
        {
            var page = outcome.StartOver
                ? PortalPages.AskPhone(portal.Page(), then, outcome.Error! with { Field = "phone" })
                : PortalPages.AskCode(portal.Page(), then, outcome.Error);
            return PortalResults.Html(http, page, StatusCodes.Status400BadRequest);
        }

        PortalCookies.Delete(http, PortalCookies.Challenge, portal.Root, portal.Secure);
        PortalCookies.Set(http, PortalCookies.Session, outcome.Token, PortalRules.SessionLifetime,
            portal.Root, portal.Secure);
        return PortalResults.Redirect(then is null ? portal.Root
            : $"{portal.Root}/messages/{then}");
    }
}
