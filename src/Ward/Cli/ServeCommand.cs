using System.CommandLine;
using Ward.Hosting;

namespace Ward.Cli;

/// <summary><c>ward serve [--urls URL] [--data DIR]</c>: runs the server.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:5080",
        };
        var data = CommonOptions.Data();
        var command = new Command("serve", "Run the server (the default verb).") { urls, data };
        command.SetAction(async (result, cancellationToken) =>
        {
            ListenCheck.RequireFree(result.GetValue(urls));
            var app = WardServer.Build(result.GetValue(urls), result.GetValue(data));
            await WardServer.PrepareAsync(app, cancellationToken);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
