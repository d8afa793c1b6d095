namespace Bibliography.Cli;
public static class ServeCommand { public static System.CommandLine.Command Create() => new("serve"); }
