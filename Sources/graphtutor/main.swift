import GraphEngine
let g = try! Graph(parsing: "c = a + b; d = b + 1; e = c * d")
let ev = try! Evaluation(g, inputs: ["a": 2, "b": 1])
for s in ev.forwardTrace() + ev.partialsTrace() { print(s.caption) }
for s in TangentSweep(ev, input: 1).trace(ev) { print(s.caption) }
for s in AdjointSweep(ev, output: g.outputs[0]).trace(ev) { print(s.caption) }
for i in g.inputs { for s in PathSums(ev, from: i, to: g.outputs[0]).trace(ev) { print(s.caption) } }
print(g.nodes.map(\.name), CentralDifference.estimate(ev, input: 1, outputs: g.outputs))
let n = try! Graph(parsing: "x1 = 1; x2 = 0.5; t = 4\nw1 = 0.5; w2 = 1.5; w3 = 2.3; w4 = 3; w5 = 1; w6 = 1\nh1 = w1*x1 + w2*x2\nh2 = w3*x1 + w4*x2\ny = w5*h1 + w6*h2\nE = 0.5*(t - y)^2")
let nev = try! Evaluation(n)
let ws = ["w1","w2","w3","w4","w5","w6"].map { n.index(of: $0)! }
let step = GradientDescentStep(nev, loss: n.outputs[0], parameters: ws, learningRate: 0.1)
print(step.gradients, ws.map { step.after.values[$0] }, step.after.values[n.index(of: "y")!], step.after.values[n.outputs[0]])
print(nev.warnings, try! Evaluation(Graph(parsing: "y = log(x)"), inputs: ["x": -1]).warnings)
let chain = (1...70).map { "m\($0) = exp(m\($0-1)) ; m\($0)x = m\($0-1) + m\($0)"}.joined(separator: "\n")
