using Bdis.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error, configuration: null);
