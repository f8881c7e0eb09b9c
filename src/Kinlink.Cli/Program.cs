using Kinlink.Cli;

return await KinlinkCli.RunAsync(args, Console.In, Console.Out, Console.Error);
