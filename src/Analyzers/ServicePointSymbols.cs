using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers
{
    /// <summary>The types and members BNP006 looks for, resolved once per compilation.</summary>
    internal sealed class ServicePointSymbols
    {
        private ServicePointSymbols(Compilation compilation, IPropertySymbol bindIPEndPointDelegate, INamedTypeSymbol ipEndPoint)
        {
            BindIPEndPointDelegate = bindIPEndPointDelegate;
            IPEndPoint = ipEndPoint;
            SmtpClient = DotNetOnly(compilation.GetTypeByMetadataName("System.Net.Mail.SmtpClient"), "System.Net.Mail");
            FtpWebRequest = DotNetOnly(compilation.GetTypeByMetadataName("System.Net.FtpWebRequest"), "System.Net.Requests");
        }

        /// <summary>System.Net.ServicePoint.BindIPEndPointDelegate.</summary>
        public IPropertySymbol BindIPEndPointDelegate { get; }

        /// <summary>System.Net.IPEndPoint.</summary>
        public INamedTypeSymbol IPEndPoint { get; }

        /// <summary>System.Net.Mail.SmtpClient where the project runs on .NET, which never calls its ServicePoint's delegate; null where it may run on .NET Framework, which does (docs/rules/BNP006.md).</summary>
        public INamedTypeSymbol? SmtpClient { get; }

        /// <summary>System.Net.FtpWebRequest where the project runs on .NET, which never calls its ServicePoint's delegate; null where it may run on .NET Framework, which does (docs/rules/BNP006.md).</summary>
        public INamedTypeSymbol? FtpWebRequest { get; }

        /// <summary>Resolves the symbols; null when the compilation has no ServicePoint with the delegate, or no IPEndPoint, so nothing can match.</summary>
        public static ServicePointSymbols? TryCreate(Compilation compilation)
        {
            var servicePoint = compilation.GetTypeByMetadataName("System.Net.ServicePoint");
            var ipEndPoint = compilation.GetTypeByMetadataName("System.Net.IPEndPoint");
            if (servicePoint is null || ipEndPoint is null)
            {
                return null;
            }

            foreach (var member in servicePoint.GetMembers("BindIPEndPointDelegate"))
            {
                if (member is IPropertySymbol property)
                {
                    return new ServicePointSymbols(compilation, property, ipEndPoint);
                }
            }

            return null;
        }

        // .NET Framework's clients connect through their ServicePoint, which binds with the delegate; .NET's own
        // assemblies for them do not. A netstandard or .NET Framework reference may run on .NET Framework.
        private static INamedTypeSymbol? DotNetOnly(INamedTypeSymbol? type, string dotNetAssembly) =>
            type?.ContainingAssembly.Name == dotNetAssembly ? type : null;

        /// <summary>Whether the property is the ServicePoint of a client whose connections never call the delegate.</summary>
        public bool IsServicePointThatIgnoresTheDelegate(IPropertySymbol property)
        {
            return property.Name == "ServicePoint"
                && (SymbolEqualityComparer.Default.Equals(property.ContainingType, SmtpClient)
                    || SymbolEqualityComparer.Default.Equals(property.ContainingType, FtpWebRequest));
        }
    }
}
