using System.Runtime.InteropServices;
using Bdis.Cli;

// The first Ctrl-C or SIGTERM cancels the running command (an import rolls back, the embedded cluster is stopped);
// a second Ctrl-C ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});
return await CliApp.RunAsync(args, Console.Out, Console.Error, configuration: null, language: null, cancel.Token);
