using Ward.Security.Access;
using static Ward.Security.Access.Permission;

namespace Ward.Access;

/// <summary>
/// The staff web app's part of the matrix: its pages (each answers GET, and POST for its
/// forms), its REST API, and the static files and live-connection endpoints of the framework,
/// which reveal nothing. Pages with <see cref="Permission.None"/> are the sign-in steps.
/// </summary>
internal static class StaffApp
{
    public static IReadOnlyList<AccessRule> Pages { get; } =
    [
        .. Page("/account/sign-in", None),
        .. Page("/account/sign-in/code", None),
        .. Page("/account/invitation", None),
        .. Page("/account/enrol", None),
        .. Page("/account/sign-out", None),
        .. Page("/account/signed-out", None),
        .. Page("/account/denied", None),
        .. Page("/account/sessions", None),
        .. Page("/", ReadMessages),
        .. Page("/inbox", ReadMessages),
        .. Page("/inbox/conversations/{ConversationId}", ReadMessages),
        .. Page("/staff", ManageUsers),
        .. Page("/knowledge", ManageKnowledgeBase),
        .. Page("/knowledge/new", ManageKnowledgeBase),
        .. Page("/knowledge/entries/{EntryId}", ManageKnowledgeBase),
        .. CompliancePages.Pages,
    ];

    public static IReadOnlyList<AccessRule> Api { get; } =
    [
        Operations.Endpoint("GET /api/conversations", ReadMessages),
        Operations.Endpoint("GET /api/conversations/{id}", ReadMessages),
        Operations.Endpoint("POST /api/conversations/{id}/replies", ReplyToPatients),
        Operations.Endpoint("POST /api/conversations/{id}/templates", ReplyToPatients),
        Operations.Endpoint("PUT /api/conversations/{id}/assignee", ReadMessages),
        Operations.Endpoint("DELETE /api/conversations/{id}/assignee", ReadMessages),
        Operations.Endpoint("POST /api/conversations/{id}/notes", ReadMessages),
        Operations.Endpoint("POST /api/conversations/{id}/takeover", ReplyToPatients),
        Operations.Endpoint("DELETE /api/conversations/{id}/takeover", ReplyToPatients),
        Operations.Endpoint("GET /api/emergencies", ReadMessages),
        Operations.Endpoint("POST /api/emergencies/{messageId}/acknowledgement", ReadMessages),
        // The OpenAPI description of the endpoints above: routes and shapes, no data.
        Operations.Endpoint("GET /openapi/{documentName}.json", None),
    ];

    // Blazor's script, the app's CSS and the live connection of interactive pages: the
    // connection itself carries no data until a page that checked its policy renders.
    public static IReadOnlyList<AccessRule> Assets { get; } =
    [
        Operations.Endpoint("GET /_framework/*", None),
        Operations.Endpoint("HEAD /_framework/*", None),
        Operations.Endpoint("GET /css/*", None),
        Operations.Endpoint("HEAD /css/*", None),
        Operations.Endpoint("GET /js/*", None),
        Operations.Endpoint("HEAD /js/*", None),
        Operations.Endpoint("GET /_blazor/*", None),
        Operations.Endpoint("POST /_blazor/*", None),
        Operations.Endpoint("* /_blazor*", None),
        // Static web assets that are not in the build manifest (served from the content roots).
        Operations.Endpoint("GET /{**path:file}", None),
        Operations.Endpoint("HEAD /{**path:file}", None),
    ];

    private static AccessRule[] Page(string route, Permission required) =>
        [Operations.Endpoint($"GET {route}", required), Operations.Endpoint($"POST {route}", required)];
}
