using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ward.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy, <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> name the
/// patient's scheme and address, so that cookies are <c>Secure</c>, HSTS is sent and the
/// portal's per-address limit counts each patient. Only proxies listed in
/// <c>Ward:TrustedProxies</c> (addresses or CIDR ranges) are believed; loopback is trusted by
/// default, which suits a proxy on the same machine. Anyone else's headers are ignored.
/// </summary>
internal static class ProxyHeaders
{
    public const string Section = "Ward:TrustedProxies";

    public static IServiceCollection AddProxyHeaders(this IServiceCollection services,
        IConfiguration configuration)
    {
        var entries = configuration.GetSection(Section).Get<string[]>() ?? [];
        var networks = entries.Select(Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    private static System.Net.IPNetwork Parse(string entry)
    {
        if (System.Net.IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }

        if (IPAddress.TryParse(entry, out var address))
        {
            return new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8);
        }

        throw new InvalidOperationException(
            $"{Section}: each entry must be an IP address or a CIDR range such as 10.0.0.0/8.");
    }
}
