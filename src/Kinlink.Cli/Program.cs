using Kinlink.Cli;

return await KinlinkCli.RunAsync(args, Console.Out, Console.Error);
