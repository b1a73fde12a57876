using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// A place that binds a socket: a Bind call, a TcpClient creation with a local endpoint, or a call of a helper
    /// that binds. What the path brings (the option set before or not, the socket's kind) is in <see cref="BindFact"/>.
    /// </summary>
    internal sealed class BindSite
    {
        private BindSite(IOperation operation, BindForm form, EndPointFacts endPoint, string socketText, bool throughTcpClient)
        {
            Operation = operation;
            Form = form;
            EndPoint = endPoint;
            SocketText = socketText;
            ThroughTcpClient = throughTcpClient;
        }

        /// <summary>Where the diagnostic goes.</summary>
        public IOperation Operation { get; }

        public BindForm Form { get; }

        public EndPointFacts EndPoint { get; }

        /// <summary>The source text naming the socket, for the message and the code fixes.</summary>
        public string SocketText { get; }

        /// <summary>Whether the bound socket is a TcpClient's (BNP002 rather than BNP001).</summary>
        public bool ThroughTcpClient { get; }

        /// <summary>For a helper, the bind inside it.</summary>
        public InnerBind? Inner { get; private set; }

        /// <summary>For a helper: whether it binds without setting the option first on some path. True for a plain Bind.</summary>
        public bool OptionMissingInside { get; private set; } = true;

        /// <summary>For a helper that made the socket itself: its kind there; Unknown when the helper bound a socket it was given.</summary>
        public SocketKind KindInside { get; private set; }

        /// <summary>The call of the helper or local function this bind happens in; null for a bind written here.</summary>
        public IOperation? ViaCall { get; private set; }

        /// <summary>The helper sets the option after this bind itself: its BNP004 covers the defect.</summary>
        public bool OptionSetAfterInside { get; private set; }

        /// <summary>A bind written where it is reported.</summary>
        public static BindSite Direct(IOperation operation, BindForm form, EndPointFacts endPoint, string socketText, bool throughTcpClient) =>
            new BindSite(operation, form, endPoint, socketText, throughTcpClient);

        /// <summary>
        /// A bind inside the callee of <paramref name="call"/>, as the caller sees it: reported at <paramref name="operation"/>
        /// (the call, or for a local function the bind itself), with what the callee's own flow knew of it.
        /// </summary>
        public static BindSite ThroughCall(IOperation call, IOperation operation, BindForm form, EndPointFacts endPoint, string socketText, bool throughTcpClient, BindFact inside, bool optionSetAfterInside) =>
            new BindSite(operation, form, endPoint, socketText, throughTcpClient)
            {
                Inner = ReferenceEquals(operation, inside.Operation) ? inside.Site.Inner : inside.Site.Inner ?? new InnerBind(inside.Operation.Syntax.GetLocation(), inside.Form),
                OptionMissingInside = inside.Unsafe,
                KindInside = inside.Kind,
                ViaCall = call,
                OptionSetAfterInside = optionSetAfterInside || inside.Site.OptionSetAfterInside,
            };
    }
}
