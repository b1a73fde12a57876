using System.Collections.Generic;
using System.Linq;
using ICSharpCode.Decompiler;
using ICSharpCode.Decompiler.CSharp;
using ICSharpCode.Decompiler.Metadata;
using ICSharpCode.Decompiler.TypeSystem;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using BindNoPort.Audit.Inputs;

namespace BindNoPort.Audit.Analysis
{
    /// <summary>
    /// One audited assembly as C#: each top-level type decompiled once, on demand, with the assembly's own
    /// dependencies resolving its references.
    /// </summary>
    internal sealed class DecompiledTypes
    {
        /// <summary>The language the decompiler writes: the one the Roslyn 4.8 the analyzers run on reads.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12);

        private readonly CSharpDecompiler _decompiler;
        private readonly Dictionary<string, SyntaxTree> _trees = new();
        private readonly string _assemblyName;

        public DecompiledTypes(AuditedAssembly assembly, PEFile module)
        {
            var resolver = new UniversalAssemblyResolver(assembly.Path, throwOnError: false, module.DetectTargetFrameworkId());
            foreach (var directory in assembly.Dependencies.Select(System.IO.Path.GetDirectoryName).Distinct())
            {
                resolver.AddSearchDirectory(directory);
            }

            _decompiler = new CSharpDecompiler(module, resolver, new DecompilerSettings(ICSharpCode.Decompiler.CSharp.LanguageVersion.CSharp12_0));
            _assemblyName = System.IO.Path.GetFileName(assembly.Path);
        }

        /// <summary>The decompiled trees by top-level type name.</summary>
        public IReadOnlyDictionary<string, SyntaxTree> Trees => _trees;

        /// <summary>Decompiles the type unless it was; false when the assembly does not define it.</summary>
        public bool Add(string typeName)
        {
            if (_trees.ContainsKey(typeName))
            {
                return false;
            }

            var fullName = new FullTypeName(typeName);
            if (_decompiler.TypeSystem.MainModule.GetTypeDefinition(fullName) is null)
            {
                return false;
            }

            var text = _decompiler.DecompileTypeAsString(fullName);
            _trees[typeName] = CSharpSyntaxTree.ParseText(text, ParseOptions, path: _assemblyName + "/" + typeName.Replace('+', '.').Replace('`', '_') + ".cs");
            return true;
        }

        /// <summary>Decompiles the type and the base types the same assembly defines for it: the code its members run (a socket held by a base class is set in its constructor).</summary>
        public void AddWithBaseTypes(string typeName)
        {
            Add(typeName);
            foreach (var baseType in BaseTypesInAssembly(typeName))
            {
                Add(baseType);
            }
        }

        // The type's base types that the same assembly defines, top-level names.
        private IEnumerable<string> BaseTypesInAssembly(string typeName)
        {
            var definition = _decompiler.TypeSystem.MainModule.GetTypeDefinition(new FullTypeName(typeName));
            if (definition is null)
            {
                return Enumerable.Empty<string>();
            }

            return definition.GetAllBaseTypeDefinitions()
                .Where(baseType => baseType.ParentModule == _decompiler.TypeSystem.MainModule && !baseType.Equals(definition))
                .Select(baseType => TopLevelOf(baseType).ReflectionName)
                .Distinct();
        }

        private static ITypeDefinition TopLevelOf(ITypeDefinition type)
        {
            while (type.DeclaringTypeDefinition is { } declaring)
            {
                type = declaring;
            }

            return type;
        }
    }
}
