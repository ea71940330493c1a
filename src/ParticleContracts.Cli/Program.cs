using ParticleContracts.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
