using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Ward.Hosting;
using Ward.Staff.Api;
using Ward.Staff.Identity;
using Ward.Staff.Web;
using Ward.Storage.Identity;

namespace Ward.Staff;

/// <summary>The staff web app: Identity sign-in with TOTP, sessions, permission policies,
/// security headers and the Razor components.</summary>
internal static partial class StaffWeb
{
    public static IServiceCollection AddStaffWeb(this IServiceCollection services,
        IConfiguration configuration, WardCore core)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection("Ward:Staff"))
            .Validate(o => o.IdleMinutes > 0 && o.PracticeIdleMinutes.Values.All(m => m > 0),
                "Ward:Staff:IdleMinutes must be above zero")
            .Validate(o => o.InvitationHours is > 0 and <= 24 * 30,
                "Ward:Staff:InvitationHours must be between 1 and 720")
            .Validate(o => o.Templates.All(t => TemplateName().IsMatch(t.Name)
                    && t.Language.Length is >= 2 and <= 10 && t.Text.Length > 0),
                "Ward:Staff:WhatsAppTemplates: each needs a Name of lowercase letters, digits and "
                + "underscores, a Language such as en_US, and a Text")
            .Validate(o => o.Replies.All(r => r.Title.Length > 0 && r.Text.Length > 0),
                "Ward:Staff:SavedReplies: each needs a Title and a Text")
            .ValidateOnStart();
        services.AddStaffIdentityStore(core.Database);
        services.AddHttpContextAccessor();
        // One key ring for every instance, in the database, each key sealed by the master key.
        services.AddDataProtection().SetApplicationName("ward")
            .PersistKeysToDbContext<StaffIdentityDbContext>();
        services.Configure<KeyManagementOptions>(o =>
            o.XmlEncryptor = new MasterKeyXmlEncryptor(core.MasterKeys));
        AddIdentity(services);
        services.AddSingleton<IAuthorizationPolicyProvider, StaffPolicyProvider>()
            .AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization();
        services.AddSingleton<StaffDirectory>().AddSingleton<StaffSessions>()
            .AddSingleton<StaffAudit>().AddScoped<Invitations>()
            .AddSingleton<InvitationIssuer>();
        services.AddSingleton<Inbox.InboxQueries>().AddSingleton<Inbox.ThreadReader>()
            .AddSingleton<Inbox.InboxActions>().AddSingleton<Inbox.ReplySender>();
        services.AddSingleton<Knowledge.KnowledgeEditor>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/",
            StringComparison.Ordinal) == true);
        services.AddCascadingAuthenticationState();
        return services;
    }

    public static void UseStaffWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseMfaGate();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        // Routes and shapes only, but still for signed-in staff: no map of the API for strangers.
        app.MapOpenApi().RequireAuthorization(StaffPolicies.Staff);
        app.MapStaffApi();
        // Our one policy already says frame-ancestors 'none'; Blazor must not add a second header.
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode(
            o => o.ContentSecurityFrameAncestorsPolicy = null);
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(c =>
        {
            c.ApplicationCookie?.Configure(ConfigureCookie);
            c.TwoFactorUserIdCookie?.Configure(o =>
            {
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        });
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                // Account names are "practice/e-mail": one person may work in two practices.
                o.User.AllowedUserNameCharacters += "/";
                // Length over composition rules (NIST SP 800-63B, 5.1.1.2).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserStore<SealedStaffUserStore>()
            .AddSignInManager<WardSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorProvider>(TokenOptions.DefaultAuthenticatorProvider);
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "ward.staff";
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Cookie.HttpOnly = true;
        o.LoginPath = "/account/sign-in";
        o.LogoutPath = "/account/sign-out";
        o.AccessDeniedPath = "/account/denied";
        // An upper bound only: the server-side session ends after the idle limit.
        o.ExpireTimeSpan = TimeSpan.FromHours(12);
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = StaffCookieEvents.ValidateAsync;
        o.Events.OnRedirectToLogin = StaffCookieEvents.ChallengeAsync;
        o.Events.OnRedirectToAccessDenied = StaffCookieEvents.ForbidAsync;
    }

    // Meta's rule for template names (WhatsApp Business Management API).
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9_]{1,512}$")]
    private static partial System.Text.RegularExpressions.Regex TemplateName();
}
