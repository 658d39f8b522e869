using Microsoft.AspNetCore.Http.HttpResults;
using Ward.Security.Access;
using Ward.Staff.Identity;
using Ward.Staff.Inbox;

namespace Ward.Staff.Api;

/// <summary>
/// The REST API behind the inbox screens, with the same permissions (policy
/// <c>ward:Permission</c> on each endpoint, checked again inside each action) and the same
/// audit. It uses the staff cookie; SameSite=Strict keeps other sites from riding it, and
/// bodies must be JSON, which a cross-site form cannot send.
/// </summary>
internal static class StaffApi
{
    public static void MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Inbox");
        api.MapGet("/conversations", ListAsync).Policy(Permission.ReadMessages);
        api.MapGet("/conversations/{id}", ThreadAsync).Policy(Permission.ReadMessages);
        api.MapPost("/conversations/{id}/replies", ReplyAsync).Policy(Permission.ReplyToPatients);
        api.MapPost("/conversations/{id}/templates", TemplateAsync).Policy(Permission.ReplyToPatients);
        api.MapPut("/conversations/{id}/assignee", AssignAsync).Policy(Permission.ReadMessages);
        api.MapDelete("/conversations/{id}/assignee", UnassignAsync).Policy(Permission.ReadMessages);
        api.MapPost("/conversations/{id}/notes", NoteAsync).Policy(Permission.ReadMessages);
        api.MapPost("/conversations/{id}/takeover", TakeOverAsync).Policy(Permission.ReplyToPatients);
        api.MapDelete("/conversations/{id}/takeover", HandBackAsync).Policy(Permission.ReplyToPatients);
        api.MapGet("/emergencies", EmergenciesAsync).Policy(Permission.ReadMessages);
        api.MapPost("/emergencies/{messageId}/acknowledgement", AcknowledgeAsync)
            .Policy(Permission.ReadMessages);
    }

    private static RouteHandlerBuilder Policy(this RouteHandlerBuilder endpoint, Permission required) =>
        endpoint.RequireAuthorization(StaffPolicies.For(required));

    private static async Task<Ok<List<ConversationSummary>>> ListAsync(HttpContext http,
        InboxQueries queries, StaffAudit audit, InboxView? view, string? channel,
        CancellationToken cancellationToken)
    {
        var member = Member(http);
        var list = await queries.ListAsync(member, new InboxFilter(view ?? InboxView.All, channel),
            cancellationToken);
        await audit.RecordAsync(StaffAudit.Event(member.PracticeId, member.StaffId, "inbox.listed",
            "Inbox", member.PracticeId, "patients.name", purpose: "treatment"), cancellationToken);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ThreadView>, NotFound>> ThreadAsync(HttpContext http,
        ThreadReader reader, string id, CancellationToken cancellationToken) =>
        await reader.OpenAsync(Member(http), id, cancellationToken) is { } thread
            ? TypedResults.Ok(thread) : TypedResults.NotFound();

    private static Task<IResult> ReplyAsync(HttpContext http, ReplySender replies, string id,
        TextRequest request, CancellationToken cancellationToken) =>
        RunAsync(async () => TypedResults.Ok(new SentResponse(
            await replies.ReplyAsync(Member(http), id, request.Text, cancellationToken))));

    private static Task<IResult> TemplateAsync(HttpContext http, ReplySender replies, string id,
        TemplateRequest request, CancellationToken cancellationToken) =>
        RunAsync(async () => TypedResults.Ok(new SentResponse(
            await replies.SendTemplateAsync(Member(http), id, request.Template, cancellationToken))));

    private static Task<IResult> AssignAsync(HttpContext http, InboxActions actions, string id,
        AssignRequest request, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            // Nobody is assigned by DELETE, so a body without a staff id is a mistake, not a
            // request to unassign.
            if (string.IsNullOrWhiteSpace(request.StaffId))
            {
                throw new InboxException("staffId", "Name the member of staff (their e-mail).");
            }

            await actions.AssignAsync(Member(http), id, request.StaffId, cancellationToken);
            return TypedResults.NoContent();
        });

    private static Task<IResult> UnassignAsync(HttpContext http, InboxActions actions, string id,
        CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await actions.AssignAsync(Member(http), id, null, cancellationToken);
            return TypedResults.NoContent();
        });

    private static Task<IResult> NoteAsync(HttpContext http, InboxActions actions, string id,
        TextRequest request, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await actions.AddNoteAsync(Member(http), id, request.Text, cancellationToken);
            return TypedResults.NoContent();
        });

    private static Task<IResult> TakeOverAsync(HttpContext http, InboxActions actions, string id,
        CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await actions.TakeOverAsync(Member(http), id, cancellationToken);
            return TypedResults.NoContent();
        });

    private static Task<IResult> HandBackAsync(HttpContext http, InboxActions actions, string id,
        CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await actions.HandBackAsync(Member(http), id, cancellationToken);
            return TypedResults.NoContent();
        });

    private static async Task<Ok<List<EmergencyAlert>>> EmergenciesAsync(HttpContext http,
        InboxQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.OpenEmergenciesAsync(Member(http), cancellationToken));

    private static Task<IResult> AcknowledgeAsync(HttpContext http, InboxActions actions,
        string messageId, CancellationToken cancellationToken) =>
        RunAsync(async () => await actions.AcknowledgeAsync(Member(http), messageId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem("No open emergency with that id: acknowledged already, or none.",
                statusCode: StatusCodes.Status409Conflict, title: "Nothing to acknowledge"));

    // The one place inbox failures become problem responses: a named field for bad input,
    // 404 for something that is not in the member's practice, 403 for a role that falls short.
    private static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (InboxException e) when (e.NotFound)
        {
            return TypedResults.NotFound();
        }
        catch (InboxException e) when (e.Conflict)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict,
                title: "Refused by the record's state", extensions: new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { [e.Field ?? "request"] = [e.Message] },
                });
        }
        catch (InboxException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [e.Field ?? "request"] = [e.Message],
            });
        }
        catch (UnauthorizedAccessException)
        {
            return TypedResults.Forbid();
        }
    }

    private static StaffMember Member(HttpContext http) =>
        StaffMember.From(http.User) ?? throw new UnauthorizedAccessException("Not signed in.");
}
