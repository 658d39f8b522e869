using Ward.Cli;

return await WardCommandLine.RunAsync(args);
