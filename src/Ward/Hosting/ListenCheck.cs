using System.Net;
using System.Net.Sockets;

namespace Ward.Hosting;

/// <summary>
/// Checks, before the server is built, that the addresses it is told to listen on are free, so
/// that a port in use is one plain line and a non-zero exit rather than the host's start-up
/// failure logged with its stack trace.
/// </summary>
internal static class ListenCheck
{
    public static void RequireFree(string? urls)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url.Trim().Replace("*", "0.0.0.0", StringComparison.Ordinal)
                    .Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || AddressOf(uri.Host) is not { } address)
            {
                continue;
            }

            try
            {
                using var listener = new TcpListener(address, uri.Port);
                listener.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new IOException($"the address {uri.GetLeftPart(UriPartial.Authority)} is "
                    + "already in use: stop what listens there or choose another with --urls.", e);
            }
        }
    }

    private static IPAddress? AddressOf(string host) =>
        host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address : null;
}
