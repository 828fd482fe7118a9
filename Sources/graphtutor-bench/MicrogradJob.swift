/// The whole `eval --json --wrt x0` job written with micrograd (Karpathy's scalar autograd, the
/// style anchor of this project): read the graph text, build the `Value`s, backpropagate, write
/// every value and gradient as JSON. micrograd has no tanh; it is added the way its lecture
/// does, value and local derivative side by side. The recursion limit and thread stack are
/// raised because micrograd's topological sort recurses once per level of the graph.
enum MicrogradJob {
    static let script = #"""
        import json, math, sys, threading
        from micrograd.engine import Value

        def tanh(x):
            t = math.tanh(x.data)
            out = Value(t, (x,), 'tanh')
            def _backward():
                x.grad += (1 - t * t) * out.grad
            out._backward = _backward
            return out

        def job(path, output):
            nodes = {}
            last = None
            with open(path) as text:
                for line in text:
                    name, _, expression = line.rstrip('\n').partition(' = ')
                    if expression.startswith('tanh('):
                        value = tanh(nodes[expression[5:-1]])
                    elif ' + ' in expression:
                        a, b = expression.split(' + ')
                        value = nodes[a] + nodes[b]
                    elif ' * ' in expression:
                        a, b = expression.split(' * ')
                        value = nodes[a] * nodes[b]
                    else:
                        value = Value(float(expression))
                    nodes[name] = value
                    last = value
            last.backward()
            with open(output, 'w') as out:
                json.dump({'values': {k: v.data for k, v in nodes.items()},
                           'gradients': {k: v.grad for k, v in nodes.items()}}, out)

        sys.setrecursionlimit(10 ** 7)
        threading.stack_size(1 << 30)
        thread = threading.Thread(target=job, args=(sys.argv[1], sys.argv[2]))
        thread.start()
        thread.join()
        """#

    /// Whether `python` can import micrograd.
    static func available(python: String) -> Bool {
        ChildRun([python, "-c", "import micrograd.engine"], outputPath: "/dev/null")?.status == 0
    }
}
