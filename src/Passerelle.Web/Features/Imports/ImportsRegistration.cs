namespace Passerelle.Web.Features.Imports;

public static class ImportsRegistration
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddSingleton<StockageImports>();
        services.AddSingleton<SignalImports>();
        services.AddScoped<LecteursImport>();
        services.AddScoped<ExecutionImport>();
        services.AddScoped<CreationImport>();
        services.AddScoped<ImportSynchrone>();
        services.AddHostedService<ServiceImports>();
        return services;
    }
}
